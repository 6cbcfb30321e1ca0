<?php
/*
 * Installs WordPress into the (empty) database of /etc/wordpress/config-127.0.0.1.php, as the installer's web form
 * would, from PHP CLI. Run by .ci/wordpress/start.sh with WP_CI_PORT in the environment.
 */
require __DIR__ . '/bootstrap.php';
define( 'WP_INSTALLING', true );
require_once '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

if ( is_blog_installed() ) {
	fwrite( STDERR, "wordpress: the database already holds a WordPress site\n" );
	exit( 1 );
}
$result = wp_install( 'Spine and Pain Clinic (CI)', 'admin', 'admin@clinic.test', 0, '', wp_generate_password( 24 ) );
if ( empty( $result['user_id'] ) ) {
	fwrite( STDERR, "wordpress: wp_install() failed\n" );
	exit( 1 );
}
fwrite( STDERR, 'wordpress: installed WordPress ' . get_bloginfo( 'version' ) . ' at ' . home_url() . "\n" );
