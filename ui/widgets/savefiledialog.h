#pragma once

#include <QList>
#include <QStandardPaths>
#include <QString>

#include <functional>

class QWidget;

// Where the program saves a file the clerk names: a save-file dialog that opens in the
// folder last used for that kind of file (remembered under a settings key), with the
// formats offered, and that adds the chosen format's suffix when the name lacks one.
class SaveFileDialog
{
public:
    struct Format
    {
        QString filter; // "PDF documents (*.pdf)"
        QString suffix; // ".pdf"
    };
    // Stands in for QFileDialog::getSaveFileName (tests); an empty result cancels.
    using Provider = std::function<QString(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                           const QString &filter)>;

    // The path to save to, empty when cancelled. `folderKey` names the remembered folder
    // ("documents/lastDirectory"); the first time, `fallback`'s standard folder is used.
    static QString ask(QWidget *parent, const QString &caption, const QString &folderKey, const QString &suggestedName,
                       const QList<Format> &formats, const Provider &provider = {},
                       QStandardPaths::StandardLocation fallback = QStandardPaths::DocumentsLocation);
};
