// A window on a store file's bytes around the offset a finding names: a hex view with that
// byte selected and highlighted, and a line saying which part of the file is shown.
#pragma once

#include <QDialog>

#include "file_window.h"

class QLabel;

namespace batscope::ui {

class HexView;

class FileBytesDialog : public QDialog {
  Q_OBJECT
 public:
  explicit FileBytesDialog(QWidget* parent = nullptr);
  // Shows `window` (its bytes are copied: nothing of the store is kept).
  void showWindow(const FileWindow& window);
  HexView* hexView() const { return hex_; }

 private:
  HexView* hex_ = nullptr;
  QLabel* caption_ = nullptr;
  QByteArray bytes_;
};

}  // namespace batscope::ui
