#include "views/file_bytes_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

#include "number_text.h"
#include "views/hex_view.h"

namespace batscope::ui {

FileBytesDialog::FileBytesDialog(QWidget* parent) : QDialog(parent) {
  setObjectName(QStringLiteral("FileBytesDialog"));
  caption_ = new QLabel(this);
  caption_->setWordWrap(true);
  caption_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  hex_ = new HexView(this);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(caption_);
  layout->addWidget(hex_, 1);
  layout->addWidget(buttons);
  resize(hex_->sizeHint().width() + 40, 420);
}

void FileBytesDialog::showWindow(const FileWindow& window) {
  setWindowTitle(tr("%1 at offset %2").arg(window.file, grouped(window.offset)));
  bytes_ = window.bytes;
  hex_->setData(bytes_, window.start);
  const quint64 at = window.offset - window.start;
  hex_->setHighlight(at, 1);
  hex_->setCursorOffset(qint64(at));
  hex_->scrollToOffset(at);
  caption_->setText(tr("Bytes %1 to %2 of %3 (%4 bytes). The highlighted byte is at offset %5 (0x%6), where "
                       "the finding points.")
                        .arg(grouped(window.start), grouped(window.start + quint64(bytes_.size())), window.file,
                             grouped(window.fileSize), grouped(window.offset),
                             QString::number(window.offset, 16)));
  QDialog::show();
  raise();
  activateWindow();
}

}  // namespace batscope::ui
