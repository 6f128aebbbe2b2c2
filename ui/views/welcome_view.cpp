#include "welcome_view.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace batscope::ui {

WelcomeView::WelcomeView(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("WelcomePage"));
  auto* outer = new QVBoxLayout(this);
  outer->addStretch(1);
  auto* column = new QWidget(this);
  column->setMaximumWidth(560);
  auto* layout = new QVBoxLayout(column);
  layout->setSpacing(10);
  title_ = new QLabel(column);
  QFont big = title_->font();
  big.setPointSizeF(big.pointSizeF() * 1.6);
  big.setBold(true);
  title_->setFont(big);
  text_ = new QLabel(column);
  text_->setWordWrap(true);
  open_ = new QPushButton(column);
  openArchive_ = new QPushButton(column);
  demo_ = new QPushButton(column);
  demo_->setObjectName(QStringLiteral("GenerateDemo"));
  demoProgress_ = new QProgressBar(column);
  demoProgress_->setRange(0, 1000);
  demoProgress_->hide();
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(open_);
  buttons->addWidget(openArchive_);
  buttons->addStretch(1);
  recentTitle_ = new QLabel(column);
  QFont bold = recentTitle_->font();
  bold.setBold(true);
  recentTitle_->setFont(bold);
  recentList_ = new QVBoxLayout;
  recentList_->setSpacing(2);
  layout->addWidget(title_);
  layout->addWidget(text_);
  layout->addLayout(buttons);
  layout->addSpacing(8);
  layout->addWidget(demo_, 0, Qt::AlignLeft);
  layout->addWidget(demoProgress_);
  layout->addSpacing(8);
  layout->addWidget(recentTitle_);
  layout->addLayout(recentList_);
  auto* row = new QHBoxLayout;
  row->addStretch(1);
  row->addWidget(column, 2);
  row->addStretch(1);
  outer->addLayout(row);
  outer->addStretch(2);
  connect(open_, &QPushButton::clicked, this, &WelcomeView::openRequested);
  connect(openArchive_, &QPushButton::clicked, this, &WelcomeView::openArchiveRequested);
  connect(demo_, &QPushButton::clicked, this, &WelcomeView::generateDemoRequested);
  retranslate();
}

void WelcomeView::retranslate() {
  title_->setText(tr("Welcome to Batscope"));
  text_->setText(tr("Batscope opens the data directory of a batpak 0.5.0 store (the folder of .fbat segment "
                    "files) or a .batpak.tar.zst archive of one, read-only: it rebuilds the index as batpak "
                    "does and shows every event, its bytes, the segments, the causal links and the hash "
                    "chains. You can also drop a folder or an archive on this window."));
  open_->setText(tr("Open Data Directory…"));
  openArchive_->setText(tr("Open Archive…"));
  demo_->setText(tr("Generate the Demo Store (200,000 Events)"));
  demo_->setToolTip(tr("Writes a demo store of its own in Batscope's data folder, then opens it"));
  recentTitle_->setText(tr("Recent stores"));
  setRecent(recent_);
}

void WelcomeView::setRecent(const QStringList& paths) {
  recent_ = paths;
  while (QLayoutItem* item = recentList_->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  recentTitle_->setVisible(!paths.isEmpty());
  for (const QString& path : paths) {
    auto* link = new QLabel(this);
    link->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(path.toHtmlEscaped(), path.toHtmlEscaped()));
    link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(link, &QLabel::linkActivated, this, [this, path] { emit recentChosen(path); });
    recentList_->addWidget(link);
  }
}

void WelcomeView::setDemoProgress(double fraction) {
  const bool running = fraction >= 0;
  demo_->setEnabled(!running);
  demoProgress_->setVisible(running);
  if (running) demoProgress_->setValue(int(fraction * 1000));
}

void WelcomeView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace batscope::ui
