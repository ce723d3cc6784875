#pragma once

#include <QString>
#include <QStringList>

// The signature block (right) and the "Nơi nhận" list (left) at the end of the main
// part. Authority and title are printed in upper case.
struct DocumentSignature
{
    QString authority;      // "KT. GIÁM ĐỐC"; empty when the head signs in person
    QString title;          // "PHÓ GIÁM ĐỐC"
    QString name;           // the signer's name, bold; empty leaves the space only
    QStringList recipients; // "Nơi nhận" lines without the leading "- "; empty for none
};
