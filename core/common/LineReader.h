#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <functional>

namespace custos {

// Reads a file line by line in constant memory, whatever its size: each '\n'-terminated line (without the '\n')
// goes to `visit`, valid only during the call; visiting stops when it returns false. A line longer than
// `maxLineBytes` fails with Error::Kind::Integrity (a hostile file cannot claim unbounded memory); a file that
// cannot be read fails with Error::Kind::Io.
class LineReader
{
public:
    struct Outcome
    {
        QByteArray unterminated; // what follows the last '\n' (empty for a file that ends with one)
        bool stopped = false;    // `visit` returned false
    };

    [[nodiscard]] static Result<Outcome> read(const QString& path, qsizetype maxLineBytes,
                                              const std::function<bool(QByteArrayView line)>& visit);
};

} // namespace custos
