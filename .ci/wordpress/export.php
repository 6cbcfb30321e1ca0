<?php
/*
 * Prints the WXR export of the whole site (what Tools > Export > "All content" downloads), made by WordPress's own
 * export_wp(). Run by .ci/wordpress/start.sh after seed.php, with WP_CI_PORT in the environment.
 */
require __DIR__ . '/bootstrap.php';
require_once '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/export.php';

ob_start();
export_wp( array( 'content' => 'all' ) );
$wxr = ob_get_clean();
if ( false === strpos( $wxr, '</rss>' ) ) {
	fwrite( STDERR, "wordpress: export_wp() printed no complete WXR document\n" );
	exit( 1 );
}
fwrite( STDOUT, $wxr );
