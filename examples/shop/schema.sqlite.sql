-- A small shop, for SQLite: the same schema as examples/shop/schema.mysql.sql. data.sql fills it.
--
--   sqlite3 shop.db < examples/shop/schema.sqlite.sql
--   sqlite3 shop.db < examples/shop/data.sql
--
-- SQLite has no ENUM: order.status is a VARCHAR with a CHECK (status IN (...)), which
-- introspection reads back as an enum. DATETIME and DECIMAL(10, 2) are read as declared.

CREATE TABLE customer (
  id INTEGER NOT NULL PRIMARY KEY,
  email VARCHAR(255) NOT NULL,
  full_name VARCHAR(100) NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT uq_customer_email UNIQUE (email)
);

CREATE TABLE customer_profile (
  id INTEGER NOT NULL PRIMARY KEY,
  customer_id INTEGER NOT NULL,
  phone VARCHAR(30),
  newsletter BOOLEAN NOT NULL DEFAULT 0,
  loyalty_points INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT uq_customer_profile_customer_id UNIQUE (customer_id),
  CONSTRAINT fk_customer_profile_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
);

CREATE TABLE address (
  id INTEGER NOT NULL PRIMARY KEY,
  customer_id INTEGER NOT NULL,
  line1 VARCHAR(100) NOT NULL,
  city VARCHAR(60) NOT NULL,
  postal_code VARCHAR(12) NOT NULL,
  country CHAR(2) NOT NULL,
  CONSTRAINT fk_address_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
);

CREATE TABLE category (
  id INTEGER NOT NULL PRIMARY KEY,
  parent_id INTEGER,
  name VARCHAR(60) NOT NULL,
  slug VARCHAR(60) NOT NULL,
  CONSTRAINT uq_category_slug UNIQUE (slug),
  CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id)
);

CREATE TABLE product (
  id INTEGER NOT NULL PRIMARY KEY,
  category_id INTEGER NOT NULL,
  sku VARCHAR(32) NOT NULL,
  name VARCHAR(120) NOT NULL,
  description TEXT,
  price DECIMAL(10, 2) NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT uq_product_sku UNIQUE (sku),
  CONSTRAINT fk_product_category FOREIGN KEY (category_id) REFERENCES category (id)
);

CREATE INDEX ix_product_name ON product (name);

CREATE TABLE tag (
  id INTEGER NOT NULL PRIMARY KEY,
  name VARCHAR(40) NOT NULL,
  CONSTRAINT uq_tag_name UNIQUE (name)
);

CREATE TABLE product_tag (
  product_id INTEGER NOT NULL,
  tag_id INTEGER NOT NULL,
  PRIMARY KEY (product_id, tag_id),
  CONSTRAINT fk_product_tag_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE,
  CONSTRAINT fk_product_tag_tag FOREIGN KEY (tag_id) REFERENCES tag (id) ON DELETE CASCADE
);

CREATE TABLE "order" (
  id INTEGER NOT NULL PRIMARY KEY,
  customer_id INTEGER NOT NULL,
  billing_address_id INTEGER NOT NULL,
  shipping_address_id INTEGER,
  status VARCHAR(9) NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'paid', 'shipped', 'delivered', 'cancelled')),
  placed_at DATETIME NOT NULL,
  CONSTRAINT fk_order_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  CONSTRAINT fk_order_billing_address FOREIGN KEY (billing_address_id) REFERENCES address (id),
  CONSTRAINT fk_order_shipping_address FOREIGN KEY (shipping_address_id) REFERENCES address (id)
);

CREATE TABLE order_line (
  order_id INTEGER NOT NULL,
  product_id INTEGER NOT NULL,
  quantity INTEGER NOT NULL,
  unit_price DECIMAL(10, 2) NOT NULL,
  PRIMARY KEY (order_id, product_id),
  CONSTRAINT fk_order_line_order FOREIGN KEY (order_id) REFERENCES "order" (id) ON DELETE CASCADE,
  CONSTRAINT fk_order_line_product FOREIGN KEY (product_id) REFERENCES product (id)
);

CREATE TABLE review (
  id INTEGER NOT NULL PRIMARY KEY,
  product_id INTEGER NOT NULL,
  customer_id INTEGER NOT NULL,
  rating SMALLINT NOT NULL,
  body TEXT,
  created_at DATETIME NOT NULL,
  CONSTRAINT fk_review_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE,
  CONSTRAINT fk_review_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);

-- No primary key: introspection leaves it out, and says why.
CREATE TABLE audit_log (
  logged_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  table_name VARCHAR(64) NOT NULL,
  row_id INTEGER NOT NULL,
  action VARCHAR(10) NOT NULL
);

-- A view: left out too (it has no primary key to look its rows up by).
CREATE VIEW order_total AS
  SELECT order_id, COUNT(*) AS line_count, SUM(quantity * unit_price) AS total
  FROM order_line
  GROUP BY order_id;
