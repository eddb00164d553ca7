// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/SickListPatient.h"

namespace koordinera::core {

QString sickListLengthBucket(int days)
{
    struct Bucket
    {
        int upTo;
        const char* key;
    };
    static constexpr Bucket buckets[] = {{14, "0-14"},    {30, "15-30"},    {90, "31-90"},
                                         {180, "91-180"}, {365, "181-365"}, {730, "366-730"}};
    for (const Bucket& bucket : buckets) {
        if (days <= bucket.upTo)
            return QString::fromLatin1(bucket.key);
    }
    return QStringLiteral("731-");
}

} // namespace koordinera::core
