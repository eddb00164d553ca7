// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/PgConnection.h"
#include "ui/dialogs/RecordDialog.h"

class QLineEdit;
class QSpinBox;

namespace koordinera::ui {

// Connecting to the region's PostgreSQL server (issue 25): the server, the database, the coordinator's own user
// name, the unit to work in, the region's CA certificate, and the password, which is never kept. Connect runs the
// caller's action; a refused connection keeps the dialog open with the reason.
class ServerDialog : public RecordDialog
{
    Q_OBJECT

public:
    ServerDialog(const core::ServerProfile& profile, QWidget* parent = nullptr);
    core::ServerProfile profile() const;
    // The password as typed; the caller wipes its copy after use.
    QByteArray password() const;

protected:
    core::FieldErrors validate() const override;

private:
    void chooseCertificate();

    core::ServerProfile m_profile;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_unit;
    QLineEdit* m_caFile;
    QLineEdit* m_password;
};

} // namespace koordinera::ui
