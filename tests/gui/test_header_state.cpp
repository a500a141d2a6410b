// Column layouts remembered across runs: order, widths and the sorted column, by the view's objectName.
#include "ui/widgets/HeaderStateKeeper.h"

#include <QHeaderView>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <memory>

using namespace custos;

namespace {

std::unique_ptr<QStandardItemModel> model()
{
    auto model = std::make_unique<QStandardItemModel>(3, 4);
    model->setHorizontalHeaderLabels({"Username", "Name", "E-mail", "Status"});
    for (int row = 0; row < 3; ++row)
        for (int column = 0; column < 4; ++column)
            model->setItem(row, column, new QStandardItem(QStringLiteral("%1/%2").arg(row).arg(column)));
    return model;
}

std::unique_ptr<QTableView> table(QAbstractItemModel* model, const QString& name, bool* restored)
{
    auto view = std::make_unique<QTableView>();
    view->setObjectName(name);
    view->setModel(model);
    view->setSortingEnabled(true);
    view->horizontalHeader()->setStretchLastSection(false);
    for (int column = 0; column < 4; ++column)
        view->setColumnWidth(column, 100);
    *restored = HeaderStateKeeper::keep(view.get());
    return view;
}

} // namespace

class TestHeaderState : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void aTableComesBackAsTheOperatorLeftIt()
    {
        const auto data = model();
        bool restored = true;
        {
            auto view = table(data.get(), QStringLiteral("peopleTable"), &restored);
            QVERIFY(!restored); // nothing saved yet: the defaults
            QHeaderView* header = view->horizontalHeader();
            header->resizeSection(1, 230);
            header->moveSection(3, 0); // Status first
            header->setSortIndicator(2, Qt::DescendingOrder);
        }
        QVERIFY(QSettings().contains(HeaderStateKeeper::settingsKey(QStringLiteral("peopleTable"))));

        auto view = table(data.get(), QStringLiteral("peopleTable"), &restored);
        QVERIFY(restored);
        QHeaderView* header = view->horizontalHeader();
        QCOMPARE(header->sectionSize(1), 230);
        QCOMPARE(header->sectionSize(2), 100);
        QCOMPARE(header->logicalIndex(0), 3);
        QCOMPARE(header->sortIndicatorSection(), 2);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);

        // Another view keeps its own layout.
        auto other = table(data.get(), QStringLiteral("otherTable"), &restored);
        QVERIFY(!restored);
        QCOMPARE(other->horizontalHeader()->sectionSize(1), 100);
        QCOMPARE(other->horizontalHeader()->logicalIndex(0), 0);
    }

    void aTreeToo()
    {
        const auto data = model();
        {
            QTreeView tree;
            tree.setObjectName(QStringLiteral("detailTree"));
            tree.setModel(data.get());
            QVERIFY(!HeaderStateKeeper::keep(&tree));
            tree.header()->resizeSection(0, 321);
        }
        QTreeView tree;
        tree.setObjectName(QStringLiteral("detailTree"));
        tree.setModel(data.get());
        QVERIFY(HeaderStateKeeper::keep(&tree));
        QCOMPARE(tree.header()->sectionSize(0), 321);
    }
};

QTEST_MAIN(TestHeaderState)
#include "test_header_state.moc"
