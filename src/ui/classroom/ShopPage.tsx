// The demo shop's product pages. This markup is ordinary page content: the page scanner reads and highlights
// it like any shop. Everything around it carries data-second-look so the scanner skips it.
import type { Shop, ShopCue, ShopProduct } from './shop-data';

function ProductArt({ art }: { art: ShopProduct['art'] }) {
  return (
    <svg className="art" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
      <rect width="120" height="120" rx="10" fill="#eef2f0" />
      {art === 'jacket' && (
        <path d="M45 22 60 30 75 22 96 36 90 58 82 55 82 100 38 100 38 55 30 58 24 36Z" fill="#2f6b5a" />
      )}
      {art === 'kettle' && (
        <>
          <path d="M32 96 38 50Q60 40 82 50L88 96Z" fill="#b0662f" />
          <path d="M82 60Q102 62 98 82L88 80" fill="none" stroke="#7a4520" strokeWidth="6" />
          <path d="M44 44Q60 20 76 44" fill="none" stroke="#5b3a1e" strokeWidth="6" />
        </>
      )}
      {art === 'headphones' && (
        <>
          <path d="M28 70Q28 26 60 26Q92 26 92 70" fill="none" stroke="#333" strokeWidth="8" />
          <rect x="20" y="62" width="20" height="34" rx="8" fill="#444" />
          <rect x="80" y="62" width="20" height="34" rx="8" fill="#444" />
        </>
      )}
    </svg>
  );
}

function Cue({ cue, focused }: { cue: ShopCue; focused: boolean }) {
  const className = `cue cue-${cue.look}${focused ? ' cue-focus' : ''}`;
  switch (cue.look) {
    case 'checkbox':
      return (
        <p className={className} data-cue={cue.id}>
          <label>
            <input type="checkbox" defaultChecked /> {cue.text}
          </label>
        </p>
      );
    case 'decline':
      return (
        <p className={className} data-cue={cue.id}>
          <button type="button" className="link-button">
            {cue.text}
          </button>
        </p>
      );
    default:
      return (
        <p className={className} data-cue={cue.id}>
          {cue.text}
        </p>
      );
  }
}

export function ProductPage({
  product,
  focusCue,
  headingLevel = 2,
}: {
  product: ShopProduct;
  focusCue?: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="product" aria-label={product.name}>
      <ProductArt art={product.art} />
      <div className="product-info">
        <p className="category">{product.category}</p>
        <Heading className="product-name">{product.name}</Heading>
        <p className="rating">{product.rating}</p>
        <p className="price">
          {product.wasPrice && <del>{product.wasPrice}</del>} <span className="now">{product.price}</span>
        </p>
        <p className="description">{product.description}</p>
        {product.cues.map((cue) => (
          <Cue key={cue.id} cue={cue} focused={cue.id === focusCue} />
        ))}
        <p>
          <button type="button" className="add-to-cart">
            {product.addToCart}
          </button>
        </p>
      </div>
    </article>
  );
}

export function ShopPage({ shop }: { shop: Shop }) {
  return (
    <div className="shop" lang={shop.lang === 'zh' ? 'zh-CN' : shop.lang}>
      <div className="shop-header">
        <p className="shop-name">{shop.name}</p>
        <p className="shop-tagline">{shop.tagline}</p>
        <ul className="shop-nav">
          {shop.nav.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </div>
      {shop.products.map((product) => (
        <ProductPage key={product.id} product={product} />
      ))}
    </div>
  );
}
