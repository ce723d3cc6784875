#include "helpdialog.h"

#include "widgets/screenfit.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

HelpDialog::HelpDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("User guide"));
    m_browser->setObjectName(QStringLiteral("helpText"));
    m_browser->setOpenLinks(true);
    m_browser->setSource(QUrl(QStringLiteral("qrc:/help/huong-dan.html")));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *about = buttons->addButton(tr("&About xhht"), QDialogButtonBox::HelpRole);
    about->setObjectName(QStringLiteral("helpAbout"));
    connect(about, &QPushButton::clicked, this, &HelpDialog::aboutRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    ScreenFit::resize(this, QSize(860, 680));
}
