#pragma once

#include "models/domain/event.h"
#include "models/time/timerange.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <optional>

namespace sortie
{

/** An event's date as people read it, with its precision: "Aug 2023", "2023-07-25 – 27", "2024-07-09 04:10
 * UTC". */
QString formatEventDate( const Event &event );

/** The events of a workspace as a table: date, kind, title, place, sources. Read-only. */
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT

  public:
    enum Column
    {
      DateColumn,
      KindColumn,
      TitleColumn,
      PlaceColumn,
      SourcesColumn,
      ColumnCount
    };
    enum Role
    {
      SortRole = Qt::UserRole + 1, //!< Start time for the date column, text otherwise.
      IdRole,                      //!< The event's id.
    };

    explicit EventTableModel( QObject *parent = nullptr );

    /** Start again with @p events (a model reset: views lose selection and scroll). */
    void setEvents( const QVector<Event> &events );
    /**
     * Become @p events, row by row: rows of events gone are removed, new ones inserted, edited
     * ones changed, the rest untouched, so that views keep selection and scroll. Expects the
     * order of the events that stay to be kept (the workspace keeps it).
     */
    void syncEvents( const QVector<Event> &events );
    const Event &event( int row ) const { return mEvents.at( row ); }
    /** Row of the event with @p id, or -1. */
    int rowOf( const QString &id ) const;

    int rowCount( const QModelIndex &parent = QModelIndex() ) const override;
    int columnCount( const QModelIndex &parent = QModelIndex() ) const override;
    QVariant data( const QModelIndex &index, int role = Qt::DisplayRole ) const override;
    QVariant headerData( int section, Qt::Orientation orientation,
                         int role = Qt::DisplayRole ) const override;

  private:
    QVector<Event> mEvents;
};

/** Filters events by text (title, place, actors, description, sources), kind and a time window. */
class EventFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

  public:
    explicit EventFilterModel( QObject *parent = nullptr );

    void setText( const QString &text );
    /** Only events of @p kind; nullopt for every kind. */
    void setKind( std::optional<EventKind> kind );
    /** Only events overlapping @p window; nullopt for any time. */
    void setWindow( std::optional<TimeRange> window );

  protected:
    bool filterAcceptsRow( int sourceRow, const QModelIndex &sourceParent ) const override;

  private:
    QString mText;
    std::optional<EventKind> mKind;
    std::optional<TimeRange> mWindow;
};

} // namespace sortie
