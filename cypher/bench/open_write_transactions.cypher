// Transactions of other clients that are running a query now: an import mid-write.
SHOW TRANSACTIONS YIELD currentQuery, status
WHERE currentQuery <> '' AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
RETURN count(*) AS running
