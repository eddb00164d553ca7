// SPDX-License-Identifier: GPL-3.0-or-later
// Faults the kernel itself produces, not injected ones: a write refused at the file-size limit (EFBIG, as
// a full disk refuses with ENOSPC), a small filesystem that fills up, and a read-only filesystem.
#include "TestWorkspace.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace koordinera::core;
using koordinera::tests::addCase;

namespace {

const QByteArray Passphrase = QByteArrayLiteral("fyra ord som ingen gissar");

std::unique_ptr<Workspace> createIn(const QString& path)
{
    return Workspace::create(path, Passphrase, {}, QStringLiteral("T"), KdfParams::forTests());
}

int totalCases(const QString& path)
{
    return Workspace::open(path, Passphrase, {}, QStringLiteral("T"))->caseList().totalCases();
}

// Lowers the process's file-size limit for its lifetime; writes past it fail with EFBIG.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN); // the default action would kill the test
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit lowered = m_saved;
        lowered.rlim_cur = bytes;
        REQUIRE(setrlimit(RLIMIT_FSIZE, &lowered) == 0);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }

private:
    rlimit m_saved{};
};

// A small tmpfs, mounted for the test when the test runs as root (as CI does); nullopt otherwise.
class SmallFilesystem
{
public:
    explicit SmallFilesystem(const QString& size)
    {
        if (::geteuid() != 0)
            return;
        m_mounted = QProcess::execute(QStringLiteral("mount"),
                                      {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                       QStringLiteral("size=") + size, QStringLiteral("tmpfs"), m_dir.path()}) == 0;
    }
    ~SmallFilesystem()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_dir.path()});
    }
    bool mounted() const { return m_mounted; }
    QString path() const { return m_dir.path(); }
    bool remountReadOnly()
    {
        return QProcess::execute(QStringLiteral("mount"),
                                 {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_dir.path()}) == 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

} // namespace

TEST_CASE("A save the kernel refuses is rolled back, and later saves still reopen", "[sealed][faults]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    {
        auto workspace = createIn(path);
        addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"));
        {
            const FileSizeLimit limit(rlim_t(QFileInfo(path).size() + 40)); // room for a torn record only
            CHECK_THROWS_AS(
                addCase(*workspace, QStringLiteral("701063-2391"), QStringLiteral("Åsa"), QStringLiteral("Åberg")),
                StorageError);
            CHECK(workspace->caseList().totalCases() == 1);
        }
        // No torn record is left for the next save to be appended behind.
        addCase(*workspace, QStringLiteral("850101-1244"), QStringLiteral("Anna"), QStringLiteral("Andersson"));
    }
    CHECK(totalCases(path) == 2);
}

TEST_CASE("A filesystem that fills up or turns read-only keeps every earlier save", "[sealed][faults]")
{
    SmallFilesystem filesystem(QStringLiteral("1m"));
    if (!filesystem.mounted()) {
        WARN("not root: the file-size-limit test above covers refused writes");
        return;
    }
    const QString path = QDir(filesystem.path()).filePath(QStringLiteral("enhet.koordinera"));
    int saved = 0;
    {
        auto workspace = createIn(path);
        const auto created =
            addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"));
        bool full = false;
        for (int i = 0; i < 5000 && !full; ++i) {
            Activity note;
            note.caseId = created.caseId;
            note.occurredAt = QDateTime(koordinera::tests::FixedToday, QTime(9, 0));
            note.note = QStringLiteral("Samtal %1 ").arg(i) + QString(4000, QLatin1Char('x'));
            try {
                workspace->activities().add(note);
                ++saved;
            } catch (const StorageError& error) {
                CHECK(error.kind() == StorageError::Kind::WriteFailed);
                CHECK_FALSE(error.userMessage().isEmpty());
                full = true;
            }
        }
        REQUIRE(full);
        CHECK(workspace->activities().activities(created.caseId).size() == saved);
    }
    {
        auto reopened = Workspace::open(path, Passphrase, {}, QStringLiteral("T"));
        const qint64 caseId = reopened->caseList().rows({}, CaseListColumn::Name, true).first().caseId;
        CHECK(reopened->activities().activities(caseId).size() == saved);
    }

    REQUIRE(filesystem.remountReadOnly());
    QString message;
    try {
        Workspace::open(path, Passphrase, {}, QStringLiteral("T"));
    } catch (const StorageError& error) {
        message = error.userMessage();
    }
    CHECK_FALSE(message.isEmpty());
    // A backup on read-only media can still be looked at before restoring it.
    CHECK(Workspace::openBackup(path, Passphrase, {}, QStringLiteral("T"))->caseList().totalCases() == 1);
}
