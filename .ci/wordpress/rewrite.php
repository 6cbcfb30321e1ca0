<?php
/*
 * Flushes the rewrite rules for the permalink structure seed.php set, in a process of its own: categories and tags
 * add their rules (/category/..., /tag/...) only when they are registered with pretty permalinks already on, so a
 * flush in the process that switched the structure would leave them out. Run by .ci/wordpress/start.sh.
 */
require __DIR__ . '/bootstrap.php';
require_once '/usr/share/wordpress/wp-load.php';

flush_rewrite_rules( false ); // false: no .htaccess (nginx's try_files sends everything else to index.php)
$rules = get_option( 'rewrite_rules' );
foreach ( array( '^wp-json/?$', 'category/(.+?)/?$', 'tag/([^/]+)/?$', '([0-9]{4})/([0-9]{1,2})/([^/]+)(?:/([0-9]+))?/?$' ) as $rule ) {
	if ( ! isset( $rules[ $rule ] ) ) {
		fwrite( STDERR, "wordpress: no rewrite rule for $rule\n" );
		exit( 1 );
	}
}
