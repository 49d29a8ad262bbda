-- Rows for the shop, for either schema (MySQL/MariaDB or SQLite): plain INSERTs both accept.
-- `order` is quoted with backticks, which SQLite accepts as MySQL does.

INSERT INTO customer (id, email, full_name, created_at) VALUES
  (1, 'ada@example.com', 'Ada Lovelace', '2024-01-05 09:00:00'),
  (2, 'grace@example.com', 'Grace Hopper', '2024-02-10 14:30:00'),
  (3, 'alan@example.com', 'Alan Turing', '2024-03-15 08:45:00');

INSERT INTO customer_profile (id, customer_id, phone, newsletter, loyalty_points) VALUES
  (1, 1, '+44 20 7946 0018', 1, 120),
  (2, 2, NULL, 0, 0);

INSERT INTO address (id, customer_id, line1, city, postal_code, country) VALUES
  (1, 1, '12 St James''s Square', 'London', 'SW1Y 4LB', 'GB'),
  (2, 1, '3 Ockham Lane', 'Cobham', 'KT11 1LW', 'GB'),
  (3, 2, '200 Navy Pier', 'Arlington', '22202', 'US');

INSERT INTO category (id, parent_id, name, slug) VALUES
  (1, NULL, 'Tools', 'tools'),
  (2, 1, 'Power tools', 'power-tools'),
  (3, 1, 'Hand tools', 'hand-tools'),
  (4, NULL, 'Garden', 'garden');

INSERT INTO product (id, category_id, sku, name, description, price, created_at) VALUES
  (1, 3, 'HT-HAM-16', 'Claw hammer', 'Steel shaft, 16 oz head.', 14.90, '2024-01-02 08:00:00'),
  (2, 3, 'HT-SAW-12', 'Hacksaw', NULL, 9.50, '2024-01-02 08:00:00'),
  (3, 2, 'PT-DRL-18', 'Cordless drill', '18 V, two batteries.', 89.00, '2024-02-01 08:00:00'),
  (4, 4, 'GD-HOS-25', 'Garden hose', '25 m, with a spray nozzle.', 24.99, '2024-03-01 08:00:00');

INSERT INTO tag (id, name) VALUES
  (1, 'bestseller'),
  (2, 'new'),
  (3, 'gift');

INSERT INTO product_tag (product_id, tag_id) VALUES
  (1, 1),
  (1, 3),
  (3, 1),
  (3, 2),
  (4, 3);

INSERT INTO `order` (id, customer_id, billing_address_id, shipping_address_id, status, placed_at) VALUES
  (1, 1, 1, 2, 'delivered', '2024-03-01 10:15:00'),
  (2, 1, 1, 1, 'paid', '2024-04-02 16:20:00'),
  (3, 2, 3, NULL, 'pending', '2024-04-03 11:00:00');

INSERT INTO order_line (order_id, product_id, quantity, unit_price) VALUES
  (1, 1, 2, 14.90),
  (1, 2, 1, 9.50),
  (2, 3, 1, 85.00),
  (2, 1, 1, 14.90),
  (3, 4, 2, 24.99);

INSERT INTO review (id, product_id, customer_id, rating, body, created_at) VALUES
  (1, 3, 1, 5, 'Light, and the batteries last.', '2024-04-20 18:00:00'),
  (2, 1, 2, 4, 'Good balance.', '2024-04-21 09:30:00'),
  (3, 3, 2, 3, NULL, '2024-04-22 12:00:00');

INSERT INTO audit_log (logged_at, table_name, row_id, action) VALUES
  ('2024-03-01 10:15:00', 'order', 1, 'insert'),
  ('2024-04-02 16:20:00', 'order', 2, 'insert'),
  ('2024-04-03 11:00:00', 'order', 3, 'insert');
