// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <memory>
#include <string_view>

struct sqlite3;

namespace koordinera::core {

class Statement;

// The one owner of a sqlite3 connection. Collects which tables a transaction touched and announces them
// through changed() after the outermost commit, so listeners never see uncommitted state.
class Database : public QObject
{
    Q_OBJECT

public:
    enum class OpenMode
    {
        ExistingFile,
        NewFile,
    };

    static std::unique_ptr<Database> openFile(const QString& path, OpenMode mode);
    static std::unique_ptr<Database> openInMemory();
    ~Database() override;

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* handle() const { return m_db; }
    QString path() const { return m_path; }
    bool isInMemory() const { return m_path.isEmpty(); }

    // Runs one statement that returns no rows; a string with several statements is refused.
    void execute(std::string_view sql);
    qint64 lastInsertId() const;
    int changesOfLastStatement() const;
    bool inTransaction() const { return m_transactionDepth > 0; }

    int userVersion();
    void setUserVersion(int version);

    // Raises a StorageError for the given sqlite result code, with a translated message.
    [[noreturn]] void throwError(int resultCode, std::string_view context) const;

Q_SIGNALS:
    void changed(const QSet<QString>& tables);

private:
    friend class Transaction;
    friend class Statement;

    Database(sqlite3* db, QString path);
    void configure();
    void afterAutocommitStatement();
    void publishPendingChanges();

    static void onUpdate(void* self, int operation, const char* database, const char* table, long long rowid);

    sqlite3* m_db = nullptr;
    QString m_path;
    int m_transactionDepth = 0;
    QSet<QString> m_pendingTables;
};

} // namespace koordinera::core
