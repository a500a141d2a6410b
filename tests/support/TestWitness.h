#pragma once

#include "core/crypto/Ed25519Key.h"

#include <QByteArray>
#include <QString>

namespace custos::test {

// A witness of the tests' own, with a fresh Ed25519 key: its cosignature/v1 verifier key and cosignature lines in
// the real format (C2SP tlog-cosignature), as an omniwitness makes them.
struct TestWitness
{
    QString name;
    Ed25519Key key = Ed25519Key::generate().value();

    // "<name>+<hex key hash>+<base64(0x04 ‖ public key)>"
    [[nodiscard]] QString vkey() const;
    // "— <name> <base64(key hash ‖ big-endian time ‖ Ed25519 signature)>\n" over `checkpointBody` (the note's text).
    [[nodiscard]] QByteArray line(const QByteArray& checkpointBody, quint64 time) const;
};

} // namespace custos::test
