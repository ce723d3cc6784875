#pragma once

#include <QDialog>

class QTextBrowser;

// Help ▸ User guide (F1): how each job is done, step by step, in Vietnamese (the
// clerk's language, whatever the interface's), inside the program; the About box is one
// button away.
class HelpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpDialog)

public:
    explicit HelpDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

Q_SIGNALS:
    void aboutRequested();

private:
    QTextBrowser *m_browser;
};
