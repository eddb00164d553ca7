// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>

// Poppler's command-line tools, to check a PDF the way a reader would see it (docs/architecture.md §6).
namespace koordinera::tests {

// Runs a tool and returns its standard output; fails the test when it does not succeed.
inline QString runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(20000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of the whole PDF, or of one page (1-based), laid out as on paper.
inline QString pdfText(const QString& pdf, int page = 0)
{
    QStringList arguments{QStringLiteral("-layout")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    return runTool(QStringLiteral("pdftotext"), arguments << pdf << QStringLiteral("-"));
}

// With $KOORDINERA_SCREENSHOTS set, writes the PDF's pages there as <name>-N.png, to look at.
inline void keepPdfPages(const QString& pdf, const QString& name)
{
    const QString shots = qEnvironmentVariable("KOORDINERA_SCREENSHOTS");
    if (shots.isEmpty())
        return;
    QDir().mkpath(shots);
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), pdf, shots + QLatin1Char('/') + name});
}

inline int pdfPageCount(const QString& pdf)
{
    const auto match =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(runTool(QStringLiteral("pdfinfo"), {pdf}));
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

// How many fonts the PDF uses and how many of them are embedded (pdffonts' "emb" column).
inline std::pair<int, int> pdfFonts(const QString& pdf)
{
    const QString fonts = runTool(QStringLiteral("pdffonts"), {pdf});
    // The columns end "emb sub uni object ID".
    const QRegularExpression fontLine(QStringLiteral("(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
    int total = 0;
    int embedded = 0;
    for (const QString& line : fonts.split(QLatin1Char('\n'))) {
        const auto match = fontLine.match(line);
        if (match.hasMatch()) {
            ++total;
            embedded += match.captured(1) == QStringLiteral("yes") ? 1 : 0;
        }
    }
    return {total, embedded};
}

} // namespace koordinera::tests
