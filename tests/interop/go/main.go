// Command interop checks custos-ledger's outputs with independent Go implementations of the standards it
// claims: the C2SP signed note (golang.org/x/mod/sumdb/note) and RFC 6962 Merkle proofs
// (github.com/transparency-dev/merkle). It exits non-zero on the first disagreement.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"

	"github.com/transparency-dev/merkle/compact"
	"github.com/transparency-dev/merkle/proof"
	"github.com/transparency-dev/merkle/rfc6962"
	"golang.org/x/mod/sumdb/note"
)

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "interop: "+format+"\n", args...)
	os.Exit(1)
}

func run(cli string, args ...string) []byte {
	cmd := exec.Command(cli, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		fail("%s %s: %v: %s", cli, strings.Join(args, " "), err, stderr.String())
	}
	return out
}

func lines(out []byte) [][]byte {
	out = bytes.TrimSuffix(out, []byte("\n"))
	if len(out) == 0 {
		return nil
	}
	return bytes.Split(out, []byte("\n"))
}

func hexLines(out []byte) [][]byte {
	var hashes [][]byte
	for _, line := range lines(out) {
		h, err := hex.DecodeString(string(line))
		if err != nil || len(h) != 32 {
			fail("proof line %q is not a 32-byte hex hash", line)
		}
		hashes = append(hashes, h)
	}
	return hashes
}

// checkpoint parses a C2SP tlog-checkpoint body.
func checkpoint(text string) (string, uint64, []byte) {
	parts := strings.SplitN(text, "\n", 4)
	if len(parts) < 4 {
		fail("checkpoint %q has fewer than three lines", text)
	}
	size, err := strconv.ParseUint(parts[1], 10, 64)
	if err != nil {
		fail("checkpoint size %q: %v", parts[1], err)
	}
	root, err := base64.StdEncoding.DecodeString(parts[2])
	if err != nil || len(root) != 32 {
		fail("checkpoint root %q is not 32 bytes of base64", parts[2])
	}
	return parts[0], size, root
}

func main() {
	cli := flag.String("cli", "", "path to custos-ledger")
	ledger := flag.String("ledger", "", "ledger database or unfiltered export to check")
	export := flag.String("export", "", "optional export file of the same ledger, checked line by line")
	flag.Parse()
	if *cli == "" || *ledger == "" {
		fail("usage: interop -cli custos-ledger -ledger PATH [-export FILE]")
	}

	vkey := strings.TrimSpace(string(run(*cli, "pubkey", *ledger)))
	verifier, err := note.NewVerifier(vkey)
	if err != nil {
		fail("note.NewVerifier(%q): %v", vkey, err)
	}
	signed := run(*cli, "checkpoint", *ledger)
	n, err := note.Open(signed, note.VerifierList(verifier))
	if err != nil {
		fail("note.Open: %v", err)
	}
	origin, size, root := checkpoint(n.Text)
	if origin != verifier.Name() {
		fail("checkpoint origin %q differs from key name %q", origin, verifier.Name())
	}

	records := lines(run(*cli, "records", *ledger))
	if uint64(len(records)) != size {
		fail("%d records, checkpoint says %d", len(records), size)
	}
	hasher := rfc6962.DefaultHasher
	factory := compact.RangeFactory{Hash: hasher.HashChildren}
	tree := factory.NewEmptyRange(0)
	leaves := make([][]byte, len(records))
	roots := [][]byte{hasher.EmptyRoot()}
	for i, record := range records {
		leaves[i] = hasher.HashLeaf(record)
		if err := tree.Append(leaves[i], nil); err != nil {
			fail("compact range: %v", err)
		}
		r, err := tree.GetRootHash(nil)
		if err != nil {
			fail("compact range root: %v", err)
		}
		roots = append(roots, r)
	}
	if !bytes.Equal(roots[size], root) {
		fail("recomputed root %x, checkpoint root %x", roots[size], root)
	}

	openings := checkOpenings(*ledger, records)

	inclusions, consistencies := 0, 0
	for i := uint64(0); i < size; i++ {
		p := hexLines(run(*cli, "prove", *ledger, "--index", strconv.FormatUint(i, 10)))
		if err := proof.VerifyInclusion(hasher, i, size, leaves[i], p, root); err != nil {
			fail("inclusion proof for %d: %v", i, err)
		}
		if len(p) > 0 {
			p[0] = append([]byte{p[0][0] ^ 1}, p[0][1:]...)
			if proof.VerifyInclusion(hasher, i, size, leaves[i], p, root) == nil {
				fail("a corrupted inclusion proof for %d was accepted", i)
			}
		}
		inclusions++
	}
	for m := uint64(1); m < size; m++ {
		p := hexLines(run(*cli, "prove", *ledger, "--from-size", strconv.FormatUint(m, 10)))
		if err := proof.VerifyConsistency(hasher, m, size, p, roots[m], root); err != nil {
			fail("consistency proof %d -> %d: %v", m, size, err)
		}
		consistencies++
	}

	if *export != "" {
		data, err := os.ReadFile(*export)
		if err != nil {
			fail("%v", err)
		}
		all := lines(data)
		if len(all) < 3 || !bytes.HasPrefix(all[0], []byte(`{"custos-ledger-export":1,`)) {
			fail("%s does not start with a custos-ledger-export header", *export)
		}
		var exportedNote, exportedKey string
		var exportedRecords [][]byte
		for _, line := range all[1:] {
			var trailer map[string]json.RawMessage
			if bytes.HasPrefix(line, []byte(`{"custos-ledger-`)) {
				if err := json.Unmarshal(line, &trailer); err != nil {
					fail("trailer %q: %v", line, err)
				}
				if v, ok := trailer["custos-ledger-checkpoint"]; ok {
					_ = json.Unmarshal(v, &exportedNote)
				}
				if v, ok := trailer["custos-ledger-key"]; ok {
					_ = json.Unmarshal(v, &exportedKey)
				}
				continue
			}
			exportedRecords = append(exportedRecords, line)
		}
		if exportedNote != string(signed) || exportedKey != vkey {
			fail("the export's checkpoint or key differs from the CLI's")
		}
		if _, err := note.Open([]byte(exportedNote), note.VerifierList(verifier)); err != nil {
			fail("export note: %v", err)
		}
		if len(exportedRecords) != len(records) {
			fail("the export has %d records, the ledger %d", len(exportedRecords), len(records))
		}
		for i := range records {
			if !bytes.Equal(exportedRecords[i], records[i]) {
				fail("export record %d differs", i)
			}
		}
	}
	fmt.Printf("interop: %s size %d: signed note, root, %d inclusion and %d consistency proofs, %d openings verified\n",
		origin, size, inclusions, consistencies, openings)
}

// checkOpenings recomputes, for every opening an export file discloses, the salted commitment the record holds
// at its path: "sha256:" + hex(SHA-256(salt || canonical value)). The value is taken as the exact bytes the
// export carries (custos-ledger writes it in RFC 8785 form). Returns how many were checked; a database has none.
func checkOpenings(path string, records [][]byte) int {
	data, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(data, []byte(`{"custos-ledger-export":`)) {
		return 0
	}
	checked := 0
	for _, line := range lines(data) {
		if !bytes.HasPrefix(line, []byte(`{"custos-ledger-opening":`)) {
			continue
		}
		var wrapper struct {
			Opening struct {
				Erased bool            `json:"erased"`
				Path   string          `json:"path"`
				Salt   string          `json:"salt"`
				Seq    int             `json:"seq"`
				Value  json.RawMessage `json:"value"`
			} `json:"custos-ledger-opening"`
		}
		if err := json.Unmarshal(line, &wrapper); err != nil {
			fail("opening %q: %v", line, err)
		}
		o := wrapper.Opening
		if o.Seq < 0 || o.Seq >= len(records) {
			fail("opening for record %d, which is not in the export", o.Seq)
		}
		var record map[string]any
		if err := json.Unmarshal(records[o.Seq], &record); err != nil {
			fail("record %d: %v", o.Seq, err)
		}
		var committed any = record
		for _, part := range strings.SplitN(o.Path, ".", 2) {
			object, ok := committed.(map[string]any)
			if !ok {
				fail("record %d has no %s", o.Seq, o.Path)
			}
			committed = object[part]
		}
		commitment, _ := committed.(string)
		if !strings.HasPrefix(commitment, "sha256:") {
			fail("record %d holds no commitment at %s", o.Seq, o.Path)
		}
		if o.Erased {
			continue
		}
		salt, err := hex.DecodeString(o.Salt)
		if err != nil || len(salt) != 16 {
			fail("opening of record %d %s: the salt is not 16 bytes of hex", o.Seq, o.Path)
		}
		sum := sha256.Sum256(append(salt, o.Value...))
		if "sha256:"+hex.EncodeToString(sum[:]) != commitment {
			fail("opening of record %d %s does not match its commitment", o.Seq, o.Path)
		}
		checked++
	}
	return checked
}
