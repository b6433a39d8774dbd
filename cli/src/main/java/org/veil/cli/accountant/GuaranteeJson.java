package org.veil.cli.accountant;

import java.util.LinkedHashMap;
import java.util.Map;
import org.veil.core.privacy.PrivacyGuarantee;

/** The JSON fields of a guarantee, in the documented order: epsilon, delta, accountant, order, then provenance. */
final class GuaranteeJson {

    private GuaranteeJson() {
    }

    static Map<String, Object> fields(PrivacyGuarantee g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("epsilon", g.epsilon());
        m.put("delta", g.delta());
        m.put("accountant", g.accountant());
        if (g.order() != null) {
            m.put("order", g.order());
        }
        m.put("method", g.method());
        if (g.orderRange() != null) {
            m.put("orderRange", g.orderRange());
        }
        m.put("samplingAssumption", g.samplingAssumption());
        if (g.epsilonError() != null) {
            m.put("epsilonError", g.epsilonError());
        }
        m.put("warnings", g.warnings());
        m.put("description", g.describe());
        return m;
    }
}
