package org.khet.platform.web;

import java.util.Set;
import org.khet.platform.Assets;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Gives templates {@code #assets}: {@code @{${#assets.url('/css/khet.css')}}} links to the fingerprinted name. */
@Component
class AssetsDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final Assets assets;

    AssetsDialect(Assets assets) {
        super("khet-assets");
        this.assets = assets;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("assets");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return assets;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
