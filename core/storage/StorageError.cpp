// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/StorageError.h"

namespace koordinera::core {

StorageError::StorageError(Kind kind, const QString& userMessage, const QString& technicalDetail)
    : std::runtime_error(technicalDetail.isEmpty() ? userMessage.toStdString() : technicalDetail.toStdString()),
      m_kind(kind), m_userMessage(userMessage), m_technicalDetail(technicalDetail)
{}

} // namespace koordinera::core
