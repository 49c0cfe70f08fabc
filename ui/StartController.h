#pragma once

#include "ExposureReport.h"
#include "ValidPart.h"

#include <QObject>
#include <QPointer>

class Document;
class QAction;
class QFrame;
class QLabel;
class QToolButton;
class QWidget;
class RelayBackend;

// Starting and stopping a local document's rules. Opening a file never binds: the document is
// loaded stopped, a banner says so, and "Start N rules" first lists what will be exposed
// (StartRulesDialog over ExposureReport) and only then hands the valid part to the engine. Rules
// with errors are left out of a start, as the engine would refuse them anyway.
class StartController : public QObject {
    Q_OBJECT
public:
    // BACKEND may be null (editing only). A remote backend's rules belong to the service: the
    // actions and the banner then stay hidden.
    StartController(Document *document, RelayBackend *backend, QWidget *window);

    QAction *startAction() const { return m_startAction; }
    QAction *stopAction() const { return m_stopAction; }
    // "Nothing runs" with the Start button, shown while the document is stopped and has rules.
    QWidget *banner() const;

    // The document was just replaced: nothing of it runs, and what ran before stops.
    void loadStopped();
    // Shows what would be exposed and starts the valid part when the user agrees. False: the user
    // cancelled, or nothing can start.
    bool start();
    // Starts the valid part without asking (the start-up of a document the user had started).
    // Returns what it exposes, analysed before anything binds.
    ExposureReport startWithoutAsking();
    void stop();

    // The rules a start would run: the enabled rules without errors.
    ValidPart validPart() const;
    int startableCount() const;
    // What starting would expose now (reads this host's bound sockets; binds nothing).
    ExposureReport exposure(const ValidPart &part) const;

    void retranslateUi();

Q_SIGNALS:
    // The document's valid part was handed to the engine; CONFIRMED: the user saw REPORT first.
    void started(const ExposureReport &report, bool confirmed);
    void stopped();

private:
    void run(const ValidPart &part);
    void update();
    bool isRemote() const;

    Document *m_document;
    RelayBackend *m_backend;
    QWidget *m_window;
    QAction *m_startAction;
    QAction *m_stopAction;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QToolButton *m_bannerButton;
};
