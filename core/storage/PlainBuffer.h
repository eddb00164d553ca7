// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace koordinera::core {

// Decrypted bytes in memory that SQLite allocated (sqlite3_malloc64), so the working database can take them over
// as they are (sqlite3_deserialize) instead of copying 200 MB. Wiped and freed here unless released to SQLite.
class PlainBuffer
{
public:
    PlainBuffer() = default;
    // `headroom` more bytes are allocated beyond `capacity`, untouched until used: the working database grows
    // into them without SQLite reallocating (and copying) its whole memory at the first write.
    explicit PlainBuffer(qint64 capacity, qint64 headroom = 0); // throws std::bad_alloc
    ~PlainBuffer();
    PlainBuffer(PlainBuffer&& other) noexcept;
    PlainBuffer& operator=(PlainBuffer&& other) noexcept;
    PlainBuffer(const PlainBuffer&) = delete;
    PlainBuffer& operator=(const PlainBuffer&) = delete;

    unsigned char* data() { return m_data; }
    qint64 size() const { return m_size; }
    qint64 capacity() const { return m_capacity; }
    void setSize(qint64 size) { m_size = size; } // at most capacity()
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return {m_data, m_size}; }
    // Hands the memory to SQLite, which frees it (SQLITE_DESERIALIZE_FREEONCLOSE).
    unsigned char* release();

private:
    void wipeAndFree();

    unsigned char* m_data = nullptr;
    qint64 m_size = 0;
    qint64 m_capacity = 0;
};

} // namespace koordinera::core
