#!/usr/bin/env python3
"""Generate deterministic bulk users for the custos-demo devstack realm.

Writes Keycloak's directory-import user files (``<realm>-users-<n>.json``, each
``{"realm": ..., "users": [...]}``) so the console has more than a page of users to
browse. Users get no credentials (password hashing would make the import slow); a
few are disabled, most carry ``department`` / ``employeeNumber`` attributes and many
are members of the demo groups. Output depends only on --count, --seed and
--per-file, so every devstack run sees the same directory.

Usage: generate-users.py [--count N] [--seed S] [--per-file K] [--realm R] --out DIR
"""

import argparse
import json
import os
import random
import sys
import unicodedata

FIRST_NAMES = [
    "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
    "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas",
    "Sarah", "Charles", "Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty",
    "Mark", "Margaret", "Steven", "Sandra", "Paul", "Ashley", "Andrew", "Kimberly", "Joshua",
    "Emily", "Kenneth", "Donna", "Kevin", "Michelle", "Brian", "Carol", "George", "Amanda",
    "Timothy", "Melissa", "Ronald", "Deborah", "Jason", "Stephanie", "Ryan", "Rebecca",
    "Jacob", "Laura", "Gary", "Helen", "Nicholas", "Sharon", "Eric", "Cynthia", "Jonathan",
    "Kathleen", "Stephen", "Amy", "Larry", "Angela", "Justin", "Anna", "Scott", "Ruth",
    "Brandon", "Brenda", "Benjamin", "Pamela", "Samuel", "Nicole", "Gregory", "Katherine",
    "Frank", "Samantha", "Raymond", "Christine", "Patrick", "Emma", "Jack", "Rachel",
    "Dennis", "Olivia", "Jerry", "Catherine", "Alexander", "Maria", "Tyler", "Heather",
    "José", "Zoë", "Chloé", "Renée", "Jürgen", "Søren", "Łukasz", "Zoltán", "Inés", "Björn",
    "Amélie", "François", "Mónica", "Håkon", "Noémie", "Matías", "Ana", "Mei", "Hiroshi",
    "Priya", "Arjun", "Fatima", "Omar", "Aisha", "Kwame", "Yuki", "Sven", "Ingrid", "Lars",
    "Sofia", "Mateo", "Lucía", "Giulia", "Luca", "Anja", "Nikola", "Elif", "Mehmet",
]

LAST_NAMES = [
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
    "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson",
    "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White",
    "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young",
    "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green",
    "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter",
    "Roberts", "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
    "Becker", "Schulz", "Hoffmann", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard",
    "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Kowalski", "Nowak", "Wiśniewski",
    "Novák", "Dvořák", "Horváth", "Nagy", "Jensen", "Nielsen", "Hansen", "Johansson",
    "Andersson", "Karlsson", "Virtanen", "Korhonen", "O'Brien", "O'Connor", "Murphy",
    "Kelly", "Tanaka", "Suzuki", "Sato", "Kim", "Park", "Chen", "Wang", "Li", "Zhang",
    "Patel", "Sharma", "Singh", "Kumar", "Okafor", "Mensah", "Silva", "Santos", "Oliveira",
    "Pereira", "Costa", "Yılmaz", "Kaya", "Van der Berg", "De Vries", "Janssen",
]

# department -> (weight, groups a member of that department may belong to)
DEPARTMENTS = [
    ("Engineering", 30, ["/engineering"]),
    ("Platform Engineering", 10, ["/engineering/platform"]),
    ("Sales", 20, ["/sales"]),
    ("Helpdesk", 10, ["/helpdesk-team"]),
    ("Compliance", 5, ["/compliance"]),
    ("Finance", 8, []),
    ("Marketing", 9, []),
    ("Human Resources", 5, []),
    ("Legal", 3, []),
]

EMAIL_DOMAIN = "example.org"
# 2024-01-01T00:00:00Z, in ms; creation dates are spread over the following ~2 years.
CREATED_BASE_MS = 1704067200000
CREATED_SPAN_MS = 2 * 365 * 24 * 3600 * 1000


def ascii_slug(text):
    """'Łukasz Wiśniewski' -> 'lukasz.wisniewski' style ASCII, lower case, no spaces."""
    text = text.replace("Ł", "L").replace("ł", "l").replace("ø", "o").replace("Ø", "O")
    text = text.replace("ı", "i").replace("ß", "ss").replace("æ", "ae")
    norm = unicodedata.normalize("NFKD", text)
    out = "".join(c for c in norm if c.isascii() and (c.isalnum() or c in " -"))
    return out.lower().replace(" ", "").replace("-", "")


def weighted_department(rng):
    total = sum(w for _, w, _ in DEPARTMENTS)
    pick = rng.randrange(total)
    for name, weight, groups in DEPARTMENTS:
        if pick < weight:
            return name, groups
        pick -= weight
    raise AssertionError("unreachable")


def generate(count, seed, realm):
    rng = random.Random(seed)
    used = set()
    users = []
    for i in range(count):
        first = rng.choice(FIRST_NAMES)
        last = rng.choice(LAST_NAMES)
        base = f"{ascii_slug(first)}.{ascii_slug(last)}"
        username = base
        n = 2
        while username in used:
            username = f"{base}{n}"
            n += 1
        used.add(username)

        user = {
            "username": username,
            "enabled": rng.random() >= 0.06,  # ~6 % disabled
            "emailVerified": rng.random() >= 0.15,
            "firstName": first,
            "lastName": last,
            "email": f"{username}@{EMAIL_DOMAIN}",
            "createdTimestamp": CREATED_BASE_MS + rng.randrange(CREATED_SPAN_MS),
            "realmRoles": [f"default-roles-{realm}"],
        }
        attributes = {}
        department, groups = weighted_department(rng)
        if rng.random() < 0.9:
            attributes["department"] = [department]
        if rng.random() < 0.8:
            attributes["employeeNumber"] = [f"E{100000 + i:06d}"]
        if rng.random() < 0.1:
            attributes["phoneExtension"] = [str(rng.randrange(2000, 8999))]  # unmanaged attribute
        if attributes:
            user["attributes"] = attributes
        if groups and rng.random() < 0.7:
            user["groups"] = list(groups)
        users.append(user)
    return users


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int,
                        default=int(os.environ.get("CUSTOS_DEVSTACK_USERS", "1200")),
                        help="number of users (default: $CUSTOS_DEVSTACK_USERS or 1200)")
    parser.add_argument("--seed", type=int, default=20260101, help="random seed (default: 20260101)")
    parser.add_argument("--per-file", type=int, default=500, help="users per output file (default: 500)")
    parser.add_argument("--realm", default="custos-demo", help="realm name (default: custos-demo)")
    parser.add_argument("--out", required=True, help="directory to write <realm>-users-<n>.json into")
    args = parser.parse_args(argv)
    if args.count < 0 or args.per_file < 1:
        parser.error("--count must be >= 0 and --per-file >= 1")

    users = generate(args.count, args.seed, args.realm)
    os.makedirs(args.out, exist_ok=True)
    files = 0
    for start in range(0, len(users), args.per_file):
        path = os.path.join(args.out, f"{args.realm}-users-{files}.json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump({"realm": args.realm, "users": users[start:start + args.per_file]},
                      fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        files += 1
    print(f"generated {len(users)} users in {files} file(s) under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
