package eu.eucaim.workstation.viewer.tags;

import eu.eucaim.workstation.dicom.Dataset;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The tags of one image as a tree (sequences open into items), with a search over tag, keyword and value. */
public final class TagBrowserView extends BorderPane {
    private final TreeTableView<TagNode> table = new TreeTableView<>();
    private final TextField search = new TextField();
    private final Label source = new Label();
    private List<TagNode> all = List.of();

    public TagBrowserView() {
        setId("tag-browser");
        search.setId("tag-search");
        search.setPromptText("Search keyword, tag (0010,0010) or value");
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox top = new HBox(8, search);
        top.setPadding(new Insets(8));
        table.setId("tag-table");
        table.setShowRoot(false);
        table.getColumns().add(column("Tag", 110, TagNode::tag));
        table.getColumns().add(column("Keyword", 240, TagNode::keyword));
        table.getColumns().add(column("VR", 50, TagNode::vr));
        table.getColumns().add(column("Value", 420, TagNode::value));
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        search.textProperty().addListener((o, a, q) -> refresh());
        source.setPadding(new Insets(4, 8, 6, 8));
        source.getStyleClass().add("text-muted");
        setTop(top);
        setCenter(table);
        setBottom(source);
    }

    private static TreeTableColumn<TagNode, String> column(
            String name, double width, java.util.function.Function<TagNode, String> value) {
        TreeTableColumn<TagNode, String> c = new TreeTableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue().getValue())));
        return c;
    }

    /** Shows {@code ds} (null clears), naming where it came from. */
    public void show(Dataset ds, String from) {
        all = ds == null ? List.of() : TagNode.of(ds);
        source.setText(from == null ? "" : from);
        refresh();
    }

    private void refresh() {
        List<TagNode> shown = TagNode.filter(all, search.getText());
        TreeItem<TagNode> root = new TreeItem<>(new TagNode("", "", "", "", shown));
        boolean expand = !search.getText().isBlank();
        add(root, shown, expand);
        table.setRoot(root);
    }

    private static void add(TreeItem<TagNode> parent, List<TagNode> nodes, boolean expand) {
        for (TagNode n : nodes) {
            TreeItem<TagNode> item = new TreeItem<>(n);
            item.setExpanded(expand);
            add(item, n.children(), expand);
            parent.getChildren().add(item);
        }
    }
}
