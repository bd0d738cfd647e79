#pragma once

#include "models/domain/event.h"

#include <QWidget>

class QTableWidget;

namespace sortie
{

/**
 * The sources of an event or a correlation, edited as a table: outlet, title, date
 * (YYYY-MM-DD), URL and what each source is cited for; Add and Remove buttons below.
 * Rows without an outlet, a title and a URL are left out.
 */
class SourcesEditor : public QWidget
{
    Q_OBJECT

  public:
    /** @p tableName names the table (for tests and accessibility). */
    SourcesEditor( const QVector<SourceCitation> &sources, const QString &tableName,
                   QWidget *parent = nullptr );

    QVector<SourceCitation> sources() const;
    QTableWidget *table() const { return mTable; }

  private:
    QTableWidget *mTable = nullptr;
};

} // namespace sortie
