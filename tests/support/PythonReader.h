// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace koordinera::tests {

// Writes `content` to a file and reads it back with a Python script from tests/ (an independent parser,
// run by the system Python, not a user's virtual environment); returns the script's output lines.
inline QStringList readWithPython(const QString& script, const QByteArray& content, const QString& fileName)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {script, path});
    REQUIRE(python.waitForFinished(30000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    return QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace koordinera::tests
