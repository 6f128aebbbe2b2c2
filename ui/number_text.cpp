#include "number_text.h"

#include <QLocale>

namespace batscope::ui {

QString grouped(uint64_t n) {
  QLocale locale;
  locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
  return locale.toString(qulonglong(n));
}

}  // namespace batscope::ui
