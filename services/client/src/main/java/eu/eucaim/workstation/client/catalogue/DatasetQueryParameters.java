package eu.eucaim.workstation.client.catalogue;

import eu.eucaim.workstation.api.catalogue.CatalogueFacet;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * A {@link DatasetQuery} as the query string of {@code GET /api/catalogue/datasets}: {@code q} when there is text,
 * each facet's parameter repeated once per value in {@link CatalogueFacet} order, then {@code page} and
 * {@code size}. OkHttp encodes each name and value.
 */
final class DatasetQueryParameters {
    private DatasetQueryParameters() {}

    static HttpUrl.Builder apply(HttpUrl.Builder url, DatasetQuery query) {
        if (!query.text().isEmpty()) {
            url.addQueryParameter("q", query.text());
        }
        for (CatalogueFacet facet : CatalogueFacet.values()) {
            List<String> values = query.filters().get(facet);
            if (values == null) {
                continue;
            }
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    url.addQueryParameter(facet.param(), value);
                }
            }
        }
        url.addQueryParameter("page", Integer.toString(query.page()));
        url.addQueryParameter("size", Integer.toString(query.size()));
        return url;
    }
}
