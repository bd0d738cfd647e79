#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace sortie
{

/**
 * File > Open Team Project...: where the team project is (host, port, database, user, or a
 * libpq service name) and its schema. No password field: passwords come from libpq's
 * password file or service file, and are never kept in a project or the settings.
 */
class TeamProjectDialog : public QDialog
{
    Q_OBJECT

  public:
    explicit TeamProjectDialog( QWidget *parent = nullptr );

    /** libpq's connection string for what was entered ("service=NAME" when a service is given). */
    QString connection() const;
    QString schema() const;

    /** Fill the fields from a libpq key=value connection string and a schema (the last ones used). */
    void setConnection( const QString &connection, const QString &schema );

    QLineEdit *serviceEdit() const { return mService; }
    QLineEdit *hostEdit() const { return mHost; }
    QLineEdit *databaseEdit() const { return mDatabase; }
    QLineEdit *userEdit() const { return mUser; }
    QLineEdit *schemaEdit() const { return mSchema; }

  private:
    QLineEdit *mService = nullptr;
    QLineEdit *mHost = nullptr;
    QSpinBox *mPort = nullptr;
    QLineEdit *mDatabase = nullptr;
    QLineEdit *mUser = nullptr;
    QLineEdit *mSchema = nullptr;
};

} // namespace sortie
