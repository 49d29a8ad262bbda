-- A small shop, for MySQL 8 and MariaDB 10.5+: the database to try `relgraph introspect` on.
-- examples/shop/schema.sqlite.sql is the same schema for SQLite; data.sql fills either.
--
--   mariadb -e 'CREATE DATABASE shop'
--   mariadb shop < examples/shop/schema.mysql.sql
--   mariadb shop < examples/shop/data.sql
--
-- Every relationship kind introspection infers is here:
--   one-to-many / many-to-one   customer -> address, customer -> order, category -> product, ...
--   one-to-one                  customer -> customer_profile (a unique foreign key)
--   many-to-many                product <-> tag through product_tag (only two foreign keys)
--   association object          order <-> product through order_line (quantity, unit_price)
--   adjacency list              category.parent_id -> category
--   two keys to one table       order.billing_address_id and order.shipping_address_id -> address
-- and what it leaves out: the view order_total, and audit_log (no primary key).

CREATE TABLE customer (
  id INT NOT NULL AUTO_INCREMENT,
  email VARCHAR(255) NOT NULL,
  full_name VARCHAR(100) NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  CONSTRAINT uq_customer_email UNIQUE (email)
) ENGINE=InnoDB;

CREATE TABLE customer_profile (
  id INT NOT NULL AUTO_INCREMENT,
  customer_id INT NOT NULL,
  phone VARCHAR(30),
  newsletter BOOLEAN NOT NULL DEFAULT FALSE,
  loyalty_points INT NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_customer_profile_customer_id UNIQUE (customer_id),
  CONSTRAINT fk_customer_profile_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE address (
  id INT NOT NULL AUTO_INCREMENT,
  customer_id INT NOT NULL,
  line1 VARCHAR(100) NOT NULL,
  city VARCHAR(60) NOT NULL,
  postal_code VARCHAR(12) NOT NULL,
  country CHAR(2) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_address_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE category (
  id INT NOT NULL AUTO_INCREMENT,
  parent_id INT,
  name VARCHAR(60) NOT NULL,
  slug VARCHAR(60) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_category_slug UNIQUE (slug),
  CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id)
) ENGINE=InnoDB;

CREATE TABLE product (
  id INT NOT NULL AUTO_INCREMENT,
  category_id INT NOT NULL,
  sku VARCHAR(32) NOT NULL,
  name VARCHAR(120) NOT NULL,
  description TEXT,
  price DECIMAL(10, 2) NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  CONSTRAINT uq_product_sku UNIQUE (sku),
  INDEX ix_product_name (name),
  CONSTRAINT fk_product_category FOREIGN KEY (category_id) REFERENCES category (id)
) ENGINE=InnoDB;

CREATE TABLE tag (
  id INT NOT NULL AUTO_INCREMENT,
  name VARCHAR(40) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_tag_name UNIQUE (name)
) ENGINE=InnoDB;

CREATE TABLE product_tag (
  product_id INT NOT NULL,
  tag_id INT NOT NULL,
  PRIMARY KEY (product_id, tag_id),
  CONSTRAINT fk_product_tag_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE,
  CONSTRAINT fk_product_tag_tag FOREIGN KEY (tag_id) REFERENCES tag (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `order` (
  id INT NOT NULL AUTO_INCREMENT,
  customer_id INT NOT NULL,
  billing_address_id INT NOT NULL,
  shipping_address_id INT,
  status ENUM('pending', 'paid', 'shipped', 'delivered', 'cancelled') NOT NULL DEFAULT 'pending',
  placed_at DATETIME NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_order_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  CONSTRAINT fk_order_billing_address FOREIGN KEY (billing_address_id) REFERENCES address (id),
  CONSTRAINT fk_order_shipping_address FOREIGN KEY (shipping_address_id) REFERENCES address (id)
) ENGINE=InnoDB;

CREATE TABLE order_line (
  order_id INT NOT NULL,
  product_id INT NOT NULL,
  quantity INT NOT NULL,
  unit_price DECIMAL(10, 2) NOT NULL,
  PRIMARY KEY (order_id, product_id),
  CONSTRAINT fk_order_line_order FOREIGN KEY (order_id) REFERENCES `order` (id) ON DELETE CASCADE,
  CONSTRAINT fk_order_line_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB;

CREATE TABLE review (
  id INT NOT NULL AUTO_INCREMENT,
  product_id INT NOT NULL,
  customer_id INT NOT NULL,
  rating SMALLINT NOT NULL,
  body TEXT,
  created_at DATETIME NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_review_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE,
  CONSTRAINT fk_review_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB;

-- No primary key: introspection leaves it out, and says why.
CREATE TABLE audit_log (
  logged_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  table_name VARCHAR(64) NOT NULL,
  row_id INT NOT NULL,
  action VARCHAR(10) NOT NULL
) ENGINE=InnoDB;

-- A view: left out too (it has no primary key to look its rows up by).
CREATE VIEW order_total AS
  SELECT order_id, COUNT(*) AS line_count, SUM(quantity * unit_price) AS total
  FROM order_line
  GROUP BY order_id;
