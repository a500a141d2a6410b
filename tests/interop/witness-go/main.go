// Command witness-interop checks the witnesses' cosignatures in a custos-ledger export with independent Go code:
// github.com/transparency-dev/formats/note (cosignature/v1 verifiers) and golang.org/x/mod/sumdb/note. It exits
// non-zero unless the export's checkpoint is signed by the ledger's key and cosigned by every given witness.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	fnote "github.com/transparency-dev/formats/note"
	"golang.org/x/mod/sumdb/note"
)

type witnessFlags []string

func (w *witnessFlags) String() string     { return strings.Join(*w, ",") }
func (w *witnessFlags) Set(v string) error { *w = append(*w, v); return nil }

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "witness-interop: "+format+"\n", args...)
	os.Exit(1)
}

// The export's trailer: the checkpoint note and the ledger's verifier key.
func trailer(path string) (checkpoint, key string) {
	file, err := os.Open(path)
	if err != nil {
		fail("%v", err)
	}
	defer file.Close()
	scanner := bufio.NewScanner(file)
	scanner.Buffer(make([]byte, 1<<20), 1<<26)
	for scanner.Scan() {
		var line map[string]json.RawMessage
		if json.Unmarshal(scanner.Bytes(), &line) != nil {
			continue
		}
		if raw, ok := line["custos-ledger-checkpoint"]; ok {
			_ = json.Unmarshal(raw, &checkpoint)
		}
		if raw, ok := line["custos-ledger-key"]; ok {
			_ = json.Unmarshal(raw, &key)
		}
	}
	if err := scanner.Err(); err != nil {
		fail("%v", err)
	}
	if checkpoint == "" || key == "" {
		fail("%s has no checkpoint or key", path)
	}
	return checkpoint, key
}

func main() {
	var witnesses witnessFlags
	export := flag.String("export", "", "custos-ledger export file")
	flag.Var(&witnesses, "witness", "a witness's cosignature/v1 verifier key (repeat)")
	flag.Parse()
	if *export == "" || len(witnesses) == 0 {
		fail("usage: witness-interop -export FILE -witness VKEY [-witness VKEY ...]")
	}
	checkpoint, ledgerKey := trailer(*export)

	ledgerVerifier, err := note.NewVerifier(ledgerKey)
	if err != nil {
		fail("ledger key %q: %v", ledgerKey, err)
	}
	if _, err := note.Open([]byte(checkpoint), note.VerifierList(ledgerVerifier)); err != nil {
		fail("the checkpoint is not signed by the ledger's key: %v", err)
	}
	for _, vkey := range witnesses {
		verifier, err := fnote.NewVerifierForCosignatureV1(vkey)
		if err != nil {
			fail("witness key %q: %v", vkey, err)
		}
		opened, err := note.Open([]byte(checkpoint), note.VerifierList(verifier))
		if err != nil {
			fail("no valid cosignature by %s: %v", verifier.Name(), err)
		}
		if len(opened.Sigs) != 1 || opened.Sigs[0].Hash != verifier.KeyHash() {
			fail("the cosignature by %s was not the one verified", verifier.Name())
		}
		fmt.Printf("cosigned by %s\n", verifier.Name())
	}
}
