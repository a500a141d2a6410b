#!/usr/bin/env bash
# kcadm.sh's side of bench/run-peer-compare: the admin CLI of the devstack's own Keycloak distribution, signed in
# as alice (a throw-away kcadm config in $KCADM_CONFIG, removed by the caller), each operation's wall time.
#   bench/peers_kcadm.sh KCADM REALM RUNS DISABLE_FILE BATCH [DISABLE_RUNS]
# Prints one line per operation: "peer-result<TAB>op<TAB>kcadm<TAB>median ms<TAB>runs<TAB>what it shows".
set -euo pipefail
kcadm=$1 realm=$2 runs=$3 disable_file=$4 batch=$5 disable_runs=${6:-$3}
kc() { "$kcadm" "$@" --config "$KCADM_CONFIG"; }
now_ms() { date +%s%3N; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
report() { printf 'peer-result\t%s\tkcadm\t%s\t%s\t%s\n' "$1" "$(median <"$2")" "$(wc -l <"$2")" "$3"; }
samples=$(mktemp)
trap 'rm -f "$samples"' EXIT

# 1. Search "an", the first page of 100 (Custos's page size).
: >"$samples"
for ((run = 0; run < runs; run++)); do
    start=$(now_ms)
    out=$(kc get users -r "$realm" -q search=an --offset 0 --limit 100 --fields username)
    echo $(($(now_ms) - start)) >>"$samples"
done
report 1 "$samples" "$(grep -c '"username"' <<<"$out") users as JSON (no total)"

# 2. alice's effective roles: realm roles and realm-management roles, two commands.
: >"$samples"
for ((run = 0; run < runs; run++)); do
    start=$(now_ms)
    realm_roles=$(kc get-roles -r "$realm" --uusername alice --effective)
    admin_roles=$(kc get-roles -r "$realm" --uusername alice --cclientid realm-management --effective)
    echo $(($(now_ms) - start)) >>"$samples"
done
report 2 "$samples" "$(($(grep -c '"name"' <<<"$realm_roles") + $(grep -c '"name"' <<<"$admin_roles"))) effective roles (realm + realm-management, 2 commands)"

# 3. Holders of manage-users: the client role's users (direct members only), after finding the client's id.
: >"$samples"
for ((run = 0; run < runs; run++)); do
    start=$(now_ms)
    client=$(kc get clients -r "$realm" -q clientId=realm-management --fields id --format csv --noquotes)
    holders=$(kc get "clients/$client/roles/manage-users/users" -r "$realm" --fields username)
    echo $(($(now_ms) - start)) >>"$samples"
done
report 3 "$samples" "$(grep -c '"username"' <<<"$holders") users (direct members only, 2 commands)"

# 4. Disable users: a shell loop, looking each username's id up, then updating the user.
: >"$samples"
for ((run = 0; run < disable_runs; run++)); do
    mapfile -t names < <(sed -n "$((run * batch + 1)),$(((run + 1) * batch))p" "$disable_file")
    start=$(now_ms)
    for name in "${names[@]}"; do
        id=$(kc get users -r "$realm" -q username="$name" -q exact=true --fields id --format csv --noquotes)
        kc update "users/$id" -r "$realm" -s enabled=false
    done
    echo $(($(now_ms) - start)) >>"$samples"
done
report 4 "$samples" "$batch disabled per run, 2 commands per user (look up the id, update)"
