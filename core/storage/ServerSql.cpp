// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ServerSql.h"

#include <cctype>

namespace koordinera::core {

namespace {

bool isNameCharacter(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

bool isDigit(char c)
{
    return std::isdigit(static_cast<unsigned char>(c));
}

// True when `keyword` (upper case) starts at `at` as a word of its own, in any case.
bool keywordAt(std::string_view sql, size_t at, std::string_view keyword)
{
    return (at == 0 || !isNameCharacter(sql[at - 1])) &&
           QByteArrayView(sql.substr(at, keyword.size())).compare(QByteArrayView(keyword), Qt::CaseInsensitive) == 0;
}

// The parameter numbered `index`, growing the name list to hold it.
void note(ServerSql& result, int index, const QByteArray& name)
{
    while (result.names.size() < index)
        result.names.append(QByteArray());
    if (!name.isEmpty())
        result.names[index - 1] = name;
    result.parameterCount = std::max(result.parameterCount, index);
}

} // namespace

ServerSql ServerSql::translate(std::string_view sql)
{
    ServerSql result;
    result.text.reserve(qsizetype(sql.size()) + 16);
    char quote = 0;       // inside '…', "…" or `…`
    bool comment = false; // inside -- … to the end of the line
    for (size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        const bool next = i + 1 < sql.size();
        if (comment) {
            comment = c != '\n';
        } else if (quote) {
            if (c == quote)
                quote = 0; // a doubled quote closes and opens again: the same state
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '-' && next && sql[i + 1] == '-') {
            comment = true;
        } else if (c == '+' && next && (std::isalpha(static_cast<unsigned char>(sql[i + 1])) || sql[i + 1] == '_') &&
                   (i == 0 || sql[i - 1] == ' ' || sql[i - 1] == '(' || sql[i - 1] == ',')) {
            continue;
        } else if (keywordAt(sql, i, "CROSS JOIN ")) {
            i += 5; // CROSS and the space after it are left out (the loop steps past the space)
            continue;
        } else if (keywordAt(sql, i, "ON CONFLICT")) {
            size_t open = i + 11;
            while (open < sql.size() && sql[open] == ' ')
                ++open;
            if (open < sql.size() && sql[open] == '(') {
                result.text += "ON CONFLICT (unit_code, ";
                i = open;
                continue;
            }
        } else if (c == '?') {
            size_t end = i + 1;
            while (end < sql.size() && isDigit(sql[end]))
                ++end;
            const int index =
                end > i + 1 ? std::stoi(std::string(sql.substr(i + 1, end - i - 1))) : result.parameterCount + 1;
            note(result, index, {});
            result.text += '$' + QByteArray::number(index);
            i = end - 1;
            continue;
        } else if (c == ':' && next && (std::isalpha(static_cast<unsigned char>(sql[i + 1])) || sql[i + 1] == '_') &&
                   (i == 0 || sql[i - 1] != ':')) {
            size_t end = i + 1;
            while (end < sql.size() && isNameCharacter(sql[end]))
                ++end;
            const QByteArray name(sql.data() + i, qsizetype(end - i));
            int index = result.names.indexOf(name) + 1;
            if (index == 0) {
                index = result.parameterCount + 1;
                note(result, index, name);
            }
            result.text += '$' + QByteArray::number(index);
            i = end - 1;
            continue;
        }
        result.text += c;
    }
    return result;
}

int ServerSql::indexOf(const char* name) const
{
    return int(names.indexOf(QByteArray(name))) + 1;
}

QByteArray ServerSql::writtenTable(std::string_view sql)
{
    QList<QByteArray> words;
    QByteArray word;
    for (size_t i = 0; i < sql.size() && words.size() < 5; ++i) {
        const char c = sql[i];
        if (isNameCharacter(c)) {
            word += char(std::tolower(static_cast<unsigned char>(c)));
        } else {
            if (!word.isEmpty())
                words.append(word);
            word.clear();
            if (c == '(')
                break;
        }
    }
    if (!word.isEmpty())
        words.append(word);
    // INSERT [OR …] INTO t, REPLACE INTO t, UPDATE [OR …] t, DELETE FROM t
    qsizetype at = 0;
    if (words.value(0) == "insert" || words.value(0) == "replace" || words.value(0) == "delete") {
        at = words.indexOf(words.value(0) == "delete" ? QByteArray("from") : QByteArray("into"));
        return at > 0 ? words.value(at + 1) : QByteArray();
    }
    if (words.value(0) == "update")
        return words.value(1) == "or" ? words.value(3) : words.value(1);
    return {};
}

} // namespace koordinera::core
