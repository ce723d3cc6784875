#pragma once

#include "documenttable.h"

#include <QString>

// One block of a document body or appendix, in reading order. Text blocks use the
// body size; a '\n' in their text breaks the line.
struct DocumentBlock
{
    enum class Kind
    {
        Heading1,        // "I. KẾT QUẢ ...": upper case (printed so), bold
        Heading2,        // "1. Công tác ...": bold
        Heading3,        // "a) ..." or a heading without a title: upright
        Paragraph,       // justified, first line indented 1.27 cm
        ItalicParagraph, // a căn cứ line: as a paragraph, italic
        Table,
        PageBreak,
        Spacer, // vertical space of spacerMm
    };

    Kind kind = Kind::Paragraph;
    QString text;
    DocumentTable table;
    double spacerMm = 0;

    static DocumentBlock heading(int level, const QString &text)
    {
        return {level <= 1 ? Kind::Heading1 : level == 2 ? Kind::Heading2 : Kind::Heading3, text, {}, 0};
    }
    static DocumentBlock paragraph(const QString &text) { return {Kind::Paragraph, text, {}, 0}; }
    static DocumentBlock italicParagraph(const QString &text) { return {Kind::ItalicParagraph, text, {}, 0}; }
    static DocumentBlock tableBlock(const DocumentTable &table) { return {Kind::Table, {}, table, 0}; }
    static DocumentBlock pageBreak() { return {Kind::PageBreak, {}, {}, 0}; }
    static DocumentBlock spacer(double mm) { return {Kind::Spacer, {}, {}, mm}; }
};
