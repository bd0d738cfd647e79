#pragma once

#include "models/domain/airbasesearch.h"

#include <QLineEdit>

#include <optional>

class QCompleter;
class QStandardItemModel;

namespace sortie
{

/**
 * Find an airport: type an ICAO or IATA code or part of a name, pick one of the fields
 * offered (best first, AirbaseSearch), or press Enter for the first; the map goes there.
 */
class AirportSearchBox : public QLineEdit
{
    Q_OBJECT

  public:
    explicit AirportSearchBox( QWidget *parent = nullptr );

    /** Search these from now on (the workspace's, after a new project or an import). */
    void setAirbases( const AirbaseIndex &airbases );

    /** The rows offered for the text typed now: index into the airbases, best first. */
    QVector<int> offered() const { return mOffered; }

    QSize sizeHint() const override;

    /** How a field is offered: codes, name, country and kind. */
    static QString describe( const Airbase &airbase );

  signals:
    /** The analyst chose the field at @p index of the airbases last given. */
    void airbaseChosen( int index );

  protected:
    void keyPressEvent( QKeyEvent *event ) override;

  private:
    void offer( const QString &text );
    void choose( int index );

    AirbaseIndex mAirbases;
    // Built when first searched: a new set of airbases costs nothing until the analyst looks.
    std::optional<AirbaseSearch> mSearch;
    QVector<int> mOffered;
    QString mOfferedFor; // the text mOffered answers
    QStandardItemModel *mModel = nullptr;
    QCompleter *mCompleter = nullptr;
};

} // namespace sortie
