#pragma once

#include <QString>

// The OpenDocument XML namespaces that the ODT writer reads and writes (ODF 1.2).
namespace OdtNamespaces {
inline const QString Office = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
inline const QString Style = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
inline const QString Text = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
inline const QString Table = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
inline const QString Fo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
inline const QString Svg = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
inline const QString Manifest = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
} // namespace OdtNamespaces
