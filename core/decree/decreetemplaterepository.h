#pragma once

#include "decree/decreetemplate.h"
#include "util/expected.h"

#include <QSqlDatabase>

namespace imbang {

// The office's decree template in the database (table decree_template): one JSON document and the
// heading image. Until the office saves its own, the shipped default of a provincial BKD is used.
class DecreeTemplateRepository {
public:
    explicit DecreeTemplateRepository(QSqlDatabase db)
        : m_db(std::move(db)) {}

    DecreeTemplate load() const; // the office's template, else DecreeTemplate::defaultTemplate()
    bool isCustomised() const;
    // Refuses a template with errors (DecreeTemplate::check), listing them; audited.
    Status save(const DecreeTemplate &tmpl);
    Status reset(); // back to the shipped default; audited

private:
    QSqlDatabase m_db;
};

} // namespace imbang
