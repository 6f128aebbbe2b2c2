#include "status_style.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace batscope::ui {

QColor toneColor(StatusTone tone) {
  switch (tone) {
    case StatusTone::Good: return QColor(0x2e, 0x9d, 0x4a);
    case StatusTone::Bad: return QColor(0xd0, 0x30, 0x30);
    case StatusTone::Warning: return QColor(0xc0, 0x80, 0x20);
    case StatusTone::Info: return QColor(0x3b, 0x82, 0xd6);
    case StatusTone::Fork: return QColor(0x9b, 0x59, 0xb6);
    case StatusTone::Neutral: return QColor(0x8a, 0x8f, 0x98);
  }
  return {};
}

namespace {

void paintWarningTriangle(QPainter& p, qreal s) {
  QPainterPath tri;
  tri.moveTo(s / 2, 1);
  tri.lineTo(s - 1, s - 1);
  tri.lineTo(1, s - 1);
  tri.closeSubpath();
  p.setPen(QPen(QColor(0xb3, 0x7c, 0x00), s / 16));
  p.setBrush(QColor(0xf2, 0xb0, 0x1e));
  p.drawPath(tri);
  p.setPen(QColor(0x3a, 0x2a, 0x00));
  p.drawText(QRectF(0, s * 0.18, s, s * 0.82), Qt::AlignCenter, QStringLiteral("!"));
}

// White marks on a disc of the tone's colour: they read on light and dark palettes alike.
void paintDisc(QPainter& p, StatusTone tone, qreal s) {
  p.setPen(Qt::NoPen);
  p.setBrush(toneColor(tone));
  p.drawEllipse(QRectF(s * 0.06, s * 0.06, s * 0.88, s * 0.88));
  p.setPen(QPen(Qt::white, s * 0.13, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
  p.setBrush(Qt::NoBrush);
  switch (tone) {
    case StatusTone::Good:
      p.drawPolyline(QPolygonF({QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68), QPointF(s * 0.72, s * 0.34)}));
      break;
    case StatusTone::Bad:
      p.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68));
      p.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68));
      break;
    case StatusTone::Info:
      p.setPen(Qt::white);
      p.drawText(QRectF(0, 0, s, s), Qt::AlignCenter, QStringLiteral("i"));
      break;
    case StatusTone::Fork:
      p.drawLine(QPointF(s * 0.35, s * 0.72), QPointF(s * 0.35, s * 0.28));
      p.drawLine(QPointF(s * 0.35, s * 0.5), QPointF(s * 0.66, s * 0.3));
      break;
    case StatusTone::Neutral:
    case StatusTone::Warning:
      p.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5));
      break;
  }
}

}  // namespace

QIcon toneIcon(StatusTone tone) {
  static QIcon icons[6];
  QIcon& icon = icons[int(tone)];
  if (!icon.isNull()) return icon;
  for (int size : {16, 32}) {
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing, true);
    QFont font;
    font.setBold(true);
    font.setPixelSize(int(size * 0.7));
    p.setFont(font);
    if (tone == StatusTone::Warning) paintWarningTriangle(p, size);
    else paintDisc(p, tone, size);
    p.end();
    icon.addPixmap(pm);
  }
  return icon;
}

}  // namespace batscope::ui
