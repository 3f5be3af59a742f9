#include "changebus.h"

namespace imbang {

ChangeBus &ChangeBus::instance() {
    static ChangeBus bus;
    return bus;
}

void ChangeBus::notify(const QString &what) { emit instance().changed(what); }

} // namespace imbang
