#pragma once

#include "models/domain/correlation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace sortie
{
class SourcesEditor;
class Workspace;

/**
 * Link flights to events: the flights and events named, the facts the data gives (read
 * only: computed, never typed), and the analyst's judgement: relation, note, confidence
 * with an optional likelihood phrase, sources, author. OK needs a note.
 */
class CorrelationDialog : public QDialog
{
    Q_OBJECT

  public:
    CorrelationDialog( const Workspace &workspace, const Correlation &correlation,
                       QWidget *parent = nullptr );

    /** The correlation as edited (id, flights, events and times as given). */
    Correlation correlation() const;

    QListWidget *factsList() const { return mFacts; }
    QPlainTextEdit *noteEdit() const { return mNote; }
    QComboBox *relationCombo() const { return mRelation; }
    QComboBox *confidenceCombo() const { return mConfidence; }

    void accept() override;

  private:
    Correlation mCorrelation;
    QListWidget *mFacts = nullptr;
    QComboBox *mRelation = nullptr;
    QLineEdit *mRelationText = nullptr;
    QPlainTextEdit *mNote = nullptr;
    QComboBox *mConfidence = nullptr;
    QLineEdit *mLikelihood = nullptr;
    QLineEdit *mAuthor = nullptr;
    SourcesEditor *mSources = nullptr;
    QLabel *mProblem = nullptr;
};

} // namespace sortie
