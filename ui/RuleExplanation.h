#pragma once

#include "Config.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

// "What's this rule doing?": a rule told in plain language — where it listens and who can reach
// it from where, where the connections go, the access lists, the options in force, and its state
// in the relay. Built from the document's values only, so the same words hold for a local engine
// and a service.
class RuleExplanation {
    Q_DECLARE_TR_FUNCTIONS(RuleExplanation)
public:
    // The rule's state in the relay as the window knows it.
    enum class RunState { NotApplied, Starting, Listening, Stopped, Error };

    struct Section {
        QString heading;
        QStringList lines;
    };

    // RULE of CONFIG (for the global access list and the log file). EDITED: the shown rule
    // differs from what runs. ERROR: why it does not listen (RunState::Error).
    static QVector<Section> explain(const Rule &rule, const Config &config, RunState state,
                                    bool edited = false, const QString &error = QString());
    // The sections as HTML, the lines escaped; TESTERLINK (if not empty) is added as a link to
    // the access-list tester under the access section.
    static QString toHtml(const QVector<Section> &sections, const QString &testerLink = QString());

    // Who can connect to a listener on HOST, as a phrase ("only programs on this computer").
    static QString reach(const QString &host);
};
