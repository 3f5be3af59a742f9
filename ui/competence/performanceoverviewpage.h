#pragma once

#include "competence/performanceoverview.h"
#include "printing/documentprinter.h"
#include "unitawarepage.h"
#include "util/expected.h"

#include <QWidget>

#include <memory>

class QChartView;
class QLabel;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QTextDocument;

namespace imbang {
class Database;
}

namespace imbang::ui {

// "Kinerja": the leaders' view of the unit or region selected in the tree. For a chosen year, how the
// staff of each sub-unit were rated (table and stacked chart) and who has been in post longer than the
// rotation period, longest first; printable and savable as PDF. Double-clicking a person opens them in
// the employee list.
class PerformanceOverviewPage : public QWidget, public UnitAwarePage {
    Q_OBJECT
public:
    explicit PerformanceOverviewPage(Database &database, QWidget *parent = nullptr);
    ~PerformanceOverviewPage() override;

    void setUnit(qint64 unitId, const QString &region) override;
    void setYear(int year);
    int year() const;

    const PerformanceOverview &overview() const { return m_overview; }
    QChartView *chartView() const { return m_chartView; }
    QTableView *distributionTable() const { return m_distributionTable; }
    QTableView *rotationTable() const { return m_rotationTable; }

    void recompute(); // reads the database again (only while shown; otherwise on the next show)
    void printReport();
    void saveReportAsPdf();
    Status writeReportPdf(const QString &path) const;

signals:
    void employeeActivated(qint64 employeeId);
    void recomputed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillDistribution();
    void fillRotation();
    void activateRotationRow(int row);
    std::unique_ptr<QTextDocument> reportDocument() const;
    static PageSetup pageSetup();

    Database &m_database;
    PerformanceOverview m_overview;
    qint64 m_unitId = 0;
    QString m_region;
    bool m_stale = true;

    QLabel *m_title;
    QLabel *m_summary;
    QSpinBox *m_year;
    QChartView *m_chartView;
    QTableView *m_distributionTable;
    QTableView *m_rotationTable;
    QStandardItemModel *m_distribution;
    QStandardItemModel *m_rotation;
};

} // namespace imbang::ui
