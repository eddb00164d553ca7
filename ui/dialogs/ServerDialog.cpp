// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ServerDialog.h"

#include "ui/Prompts.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace koordinera::ui {

ServerDialog::ServerDialog(const core::ServerProfile& profile, QWidget* parent)
    : RecordDialog(tr("Connect to the region's server"), parent), m_profile(profile),
      m_host(new QLineEdit(profile.host, this)), m_port(new QSpinBox(this)),
      m_database(new QLineEdit(profile.database, this)), m_user(new QLineEdit(profile.user, this)),
      m_unit(new QLineEdit(profile.unit, this)), m_caFile(new QLineEdit(profile.caFile, this)),
      m_password(new QLineEdit(this))
{
    setObjectName(QStringLiteral("serverDialog"));
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("E.g. koordinera.region.se"));
    m_port->setObjectName(QStringLiteral("portEdit"));
    m_port->setRange(1, 65535);
    m_port->setValue(profile.port > 0 ? profile.port : 5432);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setPlaceholderText(tr("Your own, from the region"));
    m_unit->setObjectName(QStringLiteral("unitEdit"));
    m_unit->setPlaceholderText(tr("The unit's code, e.g. VC-EKBACKEN"));
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);

    auto* certificate = new QWidget(this);
    auto* certificateRow = new QHBoxLayout(certificate);
    certificateRow->setContentsMargins(0, 0, 0, 0);
    certificateRow->addWidget(m_caFile, 1);
    auto* browse = new QPushButton(tr("C&hoose…"), certificate);
    browse->setObjectName(QStringLiteral("chooseCertificateButton"));
    certificateRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, &ServerDialog::chooseCertificate);

    formErrors().addRow(form(), tr("&Server"), m_host, QStringLiteral("host"));
    form()->addRow(tr("P&ort"), m_port);
    formErrors().addRow(form(), tr("&Database"), m_database, QStringLiteral("database"));
    formErrors().addRow(form(), tr("&User name"), m_user, QStringLiteral("user"));
    formErrors().addRow(form(), tr("U&nit"), m_unit, QStringLiteral("unit"));
    formErrors().addRow(form(), tr("The region's &CA certificate"), certificate, QStringLiteral("caFile"));
    formErrors().addRow(form(), tr("&Password"), m_password, QStringLiteral("password"));
    saveButton()->setText(tr("Conn&ect"));
    setHelpChapter(QStringLiteral("regionens-server"));
    setMinimumWidth(520);

    for (QLineEdit* edit : {m_host, m_database, m_user, m_unit, m_caFile, m_password})
        connect(edit, &QLineEdit::textChanged, this, &ServerDialog::revalidate);
    // The first empty field has the focus: on a later connection, the password.
    for (QLineEdit* edit : {m_host, m_database, m_user, m_unit, m_caFile, m_password}) {
        if (edit->text().isEmpty()) {
            edit->setFocus();
            break;
        }
    }
}

core::ServerProfile ServerDialog::profile() const
{
    core::ServerProfile profile = m_profile;
    profile.host = m_host->text().trimmed();
    profile.port = m_port->value();
    profile.database = m_database->text().trimmed();
    profile.user = m_user->text().trimmed();
    profile.unit = m_unit->text().trimmed();
    profile.caFile = m_caFile->text().trimmed();
    return profile;
}

QByteArray ServerDialog::password() const
{
    return m_password->text().toUtf8();
}

core::FieldErrors ServerDialog::validate() const
{
    const core::ServerProfile profile = this->profile();
    core::FieldErrors errors;
    if (profile.host.isEmpty())
        errors.append({QStringLiteral("host"), tr("Give the server's name.")});
    if (profile.database.isEmpty())
        errors.append({QStringLiteral("database"), tr("Give the database's name.")});
    if (profile.user.isEmpty())
        errors.append({QStringLiteral("user"), tr("Give the user name the region gave you.")});
    if (profile.unit.isEmpty())
        errors.append({QStringLiteral("unit"), tr("Give the code of the unit you work in.")});
    if (profile.caFile.isEmpty())
        errors.append({QStringLiteral("caFile"), tr("Choose the region's CA certificate: without it the server "
                                                    "cannot be checked.")});
    if (m_password->text().isEmpty())
        errors.append({QStringLiteral("password"), tr("Give your password.")});
    return errors;
}

void ServerDialog::chooseCertificate()
{
    const QString path = Prompts::chooseFile(
        this, Prompts::FileRequest::toOpen(tr("The region's CA certificate"), tr("Certificates (*.pem *.crt)")));
    if (!path.isEmpty())
        m_caFile->setText(path);
}

} // namespace koordinera::ui
