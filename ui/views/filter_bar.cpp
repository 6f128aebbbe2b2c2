#include "filter_bar.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

#include "batscope/analysis/event_query.h"
#include "filter_runner.h"
#include "store_session.h"
#include "view_state.h"

namespace batscope::ui {

FilterBar::FilterBar(StoreSession* session, ViewState* state, QWidget* parent)
    : QWidget(parent), session_(session), state_(state) {
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(4, 2, 4, 2);
  outer->setSpacing(2);
  auto* layout = new QHBoxLayout;
  layout->setContentsMargins(0, 0, 0, 0);
  outer->addLayout(layout);
  count_ = new QLabel(this);
  count_->setObjectName(QStringLiteral("FilterCount"));
  banner_ = new QLabel(this);
  banner_->setObjectName(QStringLiteral("FilterError"));
  banner_->setWordWrap(true);
  banner_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  banner_->setStyleSheet(QStringLiteral("QLabel { background: #f4c7c3; color: #400000; padding: 3px 6px; border-radius: 3px; }"));
  banner_->hide();
  outer->addWidget(banner_);
  auto* label = new QLabel(tr("Filter:"), this);
  combo_ = new QComboBox(this);
  combo_->setEditable(true);
  combo_->setInsertPolicy(QComboBox::NoInsert);
  combo_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
  combo_->lineEdit()->setPlaceholderText(tr("entity:order:*  kind:1:5  after:2026-01-01  \"refund\"  — Enter applies"));
  combo_->lineEdit()->setClearButtonEnabled(true);
  combo_->setToolTip(tr("Display filter. Terms (all must match):\n"
                        "  entity:GLOB  scope:GLOB  kind:4097 | kind:0x1001 | kind:1:5 | kind:1:*\n"
                        "  after:2026-01-01  before:2026-02-01T12:00  seg:3\n"
                        "  id:HEX  corr:HEX  cause:HEX  \"text in payload\"  word\n"
                        "  !term negates a term."));
  label->setBuddy(combo_);
  completions_ = new QStringListModel(this);
  completer_ = new QCompleter(completions_, this);
  completer_->setCaseSensitivity(Qt::CaseInsensitive);
  completer_->setCompletionMode(QCompleter::PopupCompletion);
  completer_->setFilterMode(Qt::MatchStartsWith);
  applyButton_ = new QToolButton(this);
  applyButton_->setIcon(QIcon(QStringLiteral(":/icons/filter.svg")));
  applyButton_->setText(tr("Apply"));
  applyButton_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  applyButton_->setToolTip(tr("Apply the filter (Enter)"));
  clearButton_ = new QToolButton(this);
  clearButton_->setIcon(QIcon(QStringLiteral(":/icons/clear.svg")));
  clearButton_->setText(tr("Clear"));
  clearButton_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  clearButton_->setToolTip(tr("Show every event"));
  layout->addWidget(label);
  layout->addWidget(combo_, 1);
  layout->addWidget(applyButton_);
  layout->addWidget(clearButton_);
  layout->addWidget(count_);

  connect(combo_->lineEdit(), &QLineEdit::returnPressed, this, &FilterBar::apply);
  connect(applyButton_, &QToolButton::clicked, this, &FilterBar::apply);
  connect(clearButton_, &QToolButton::clicked, this, &FilterBar::clear);
  connect(combo_->lineEdit(), &QLineEdit::textEdited, this, [this](const QString& t) {
    validate();
    updateCompletions(t);
  });
  connect(state_, &ViewState::filterChanged, this, [this](const QString& t) {
    if (text() != t) setText(t);
    combo_->clear();
    combo_->addItems(state_->filterHistory());
    combo_->setEditText(t);
    validate();
  });
}

QString FilterBar::text() const { return combo_->currentText(); }

void FilterBar::setText(const QString& text) {
  combo_->setEditText(text);
  validate();
}

void FilterBar::focusFilter() {
  combo_->setFocus();
  combo_->lineEdit()->selectAll();
}

void FilterBar::apply() {
  if (!FilterRunner::check(text()).isEmpty()) {
    validate();
    return;
  }
  state_->setFilter(text().trimmed());
}

void FilterBar::clear() {
  combo_->setEditText(QString());
  validate();
  state_->setFilter(QString());
}

void FilterBar::setCounts(const QString& text) { count_->setText(text); }

QString FilterBar::errorText() const { return banner_->isHidden() ? QString() : banner_->text(); }

void FilterBar::validate() {
  const QString error = FilterRunner::check(text());
  if (error.isEmpty()) {
    banner_->hide();
  } else {
    const QString shown = state_->filter().isEmpty() ? tr("all events") : state_->filter();
    banner_->setText(tr("Invalid filter %1. The table still shows: %2").arg(error, shown));
    banner_->show();
  }
  QPalette p = combo_->lineEdit()->palette();
  if (error.isEmpty()) {
    combo_->lineEdit()->setPalette(QPalette());
    combo_->lineEdit()->setToolTip(QString());
  } else {
    p.setColor(QPalette::Base, QColor(0xf4, 0xc7, 0xc3));
    p.setColor(QPalette::Text, QColor(0x40, 0x00, 0x00));
    combo_->lineEdit()->setPalette(p);
    combo_->lineEdit()->setToolTip(error);
  }
}

void FilterBar::updateCompletions(const QString& text) {
  const Index* index = session_->index();
  // Complete the word under the cursor; the completer sees whole-line candidates.
  const int cursor = combo_->lineEdit()->cursorPosition();
  int start = int(text.lastIndexOf(QLatin1Char(' '), cursor - 1)) + 1;
  const QString head = text.left(start);
  const QString word = text.mid(start, cursor - start);
  QStringList items;
  if (index && !word.isEmpty())
    for (const std::string& c : completeQuery(*index, word.toStdString(), 40)) items << head + QString::fromStdString(c);
  completions_->setStringList(items);
  combo_->lineEdit()->setCompleter(items.isEmpty() ? nullptr : completer_);
  if (!items.isEmpty()) completer_->setCompletionPrefix(text.left(cursor));
}

}  // namespace batscope::ui
