#include "theme.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleOption>
#include <QStyleFactory>

namespace batscope::ui {

namespace {
QString& systemStyleName() {
  static QString name;
  return name;
}
QPalette& systemPalette() {
  static QPalette palette;
  return palette;
}
bool& captured() {
  static bool done = false;
  return done;
}

QPalette darkPalette() {
  QPalette p;
  const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), alt(0x27, 0x29, 0x2d), text(0xe6, 0xe6, 0xe6);
  const QColor disabled(0x80, 0x80, 0x80), highlight(0x3d, 0x7b, 0xd9), button(0x35, 0x37, 0x3c);
  p.setColor(QPalette::Window, window);
  p.setColor(QPalette::WindowText, text);
  p.setColor(QPalette::Base, base);
  p.setColor(QPalette::AlternateBase, alt);
  p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x41));
  p.setColor(QPalette::ToolTipText, text);
  p.setColor(QPalette::PlaceholderText, disabled);
  p.setColor(QPalette::Text, text);
  p.setColor(QPalette::Button, button);
  p.setColor(QPalette::ButtonText, text);
  p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
  p.setColor(QPalette::Link, QColor(0x6e, 0xa8, 0xfe));
  p.setColor(QPalette::LinkVisited, QColor(0xa7, 0x8b, 0xfa));
  p.setColor(QPalette::Highlight, highlight);
  p.setColor(QPalette::HighlightedText, Qt::white);
  p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4c));
  p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x41));
  p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
  p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
  p.setColor(QPalette::Shadow, Qt::black);
  for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
    p.setColor(QPalette::Disabled, role, disabled);
  return p;
}

QPalette lightPalette() {
  QPalette p = QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
  p.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xd9));
  p.setColor(QPalette::AlternateBase, QColor(0xf3, 0xf5, 0xf8));
  return p;
}

// Fusion frames an unchecked box or radio button in a shade of the window colour: on the dark
// palette the box all but disappears. This draws a light frame over Fusion's.
class DarkIndicatorStyle : public QProxyStyle {
 public:
  DarkIndicatorStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}
  void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget) const override {
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton) return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QColor frame = option->palette.color(QPalette::Text);
    frame.setAlpha(option->state & State_Enabled ? 150 : 70);
    painter->setPen(QPen(frame, 1));
    painter->setBrush(Qt::NoBrush);
    const QRectF r = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (element == PE_IndicatorRadioButton) painter->drawEllipse(r);
    else painter->drawRoundedRect(r, 2, 2);
    painter->restore();
  }
};

}  // namespace

Theme themeFromString(const QString& name) {
  const QString n = name.trimmed().toLower();
  if (n == QLatin1String("dark")) return Theme::Dark;
  if (n == QLatin1String("light")) return Theme::Light;
  return Theme::System;
}

QString themeToString(Theme theme) {
  switch (theme) {
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::Light: return QStringLiteral("light");
    case Theme::System: break;
  }
  return QStringLiteral("system");
}

void applyTheme(Theme theme) {
  if (!captured()) {
    systemStyleName() = QApplication::style()->name();
    systemPalette() = QApplication::palette();
    captured() = true;
  }
  switch (theme) {
    case Theme::System:
      QApplication::setStyle(QStyleFactory::create(systemStyleName()));
      QApplication::setPalette(systemPalette());
      break;
    case Theme::Light:
      QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
      QApplication::setPalette(lightPalette());
      break;
    case Theme::Dark:
      QApplication::setStyle(new DarkIndicatorStyle);
      QApplication::setPalette(darkPalette());
      break;
  }
}

bool isDarkPalette() { return QApplication::palette().color(QPalette::Window).lightness() < 128; }

}  // namespace batscope::ui
